package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is checked against its account on every request: sign-out (cookie or bearer, whatever the content type),
 * disabling and removed roles end or narrow it at once on this instance; tokens this application did not issue, or
 * for nobody, are refused even with a valid signature; no HTTP Basic, and no Basic challenge on a 401.
 */
@MicronautTest(transactional = false)
class SessionTest implements DatabaseTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    io.micronaut.http.client.HttpClient api;

    @Inject
    TokenGenerator tokens;

    final HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(DatabaseTest.super.getProperties());
        props.put("pm.security.max-failed-logins-per-ip", "10000");
        return props;
    }

    @Test
    void shouldSignOutABrowserWithoutAContentTypeAndRefuseItsCookieAfterwards() throws Exception {
        String username = account("DESK_OFFICER");
        String cookie = browserSession(username);
        assertThat(get("/api/me", "Cookie", cookie).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = raw.send(HttpRequest.newBuilder(uri("/logout")).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.headers().firstValue("Content-Type")).isEmpty();
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
        assertThat(logout.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("PM_SESSION=;") && c.contains("Max-Age=0"));
        // The browser would drop the cookie; someone who copied it must not get in with it either.
        assertThat(get("/api/me", "Cookie", cookie).statusCode()).isEqualTo(401);
        assertThat(browserSession(username)).as("signing in again right away works").satisfies(
                again -> assertThat(get("/api/me", "Cookie", again).statusCode()).isEqualTo(200));
    }

    @Test
    void shouldEndABearerTokenOnSignOutWhateverTheContentType() throws Exception {
        for (String contentType : new String[]{null, "text/plain", "application/json", "application/x-www-form-urlencoded"}) {
            String username = account("LEADERSHIP");
            String bearer = "Bearer " + apiToken(username);
            assertThat(get("/api/me", "Authorization", bearer).statusCode()).isEqualTo(200);

            HttpRequest.Builder logout = HttpRequest.newBuilder(uri("/logout")).header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(contentType == null ? "" : "x"));
            if (contentType != null) {
                logout.header("Content-Type", contentType);
            }
            HttpResponse<String> response = raw.send(logout.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("%s: %s", contentType, response.body()).isEqualTo(204);
            assertThat(get("/api/me", "Authorization", bearer).statusCode()).as(String.valueOf(contentType)).isEqualTo(401);
        }
    }

    @Test
    void shouldEndTheSessionsOfADisabledAccount() throws Exception {
        String username = account("DESK_OFFICER");
        String bearer = "Bearer " + apiToken(username);
        String cookie = browserSession(username);

        update(username, List.of("DESK_OFFICER"), false);

        assertThat(get("/api/agreements", "Authorization", bearer).statusCode()).isEqualTo(401);
        assertThat(get("/api/agreements", "Cookie", cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldGrantOnlyTheRolesTheAccountStillHolds() throws Exception {
        String username = account("DESK_OFFICER", "ADMIN");
        String bearer = "Bearer " + apiToken(username);
        assertThat(get("/api/accounts", "Authorization", bearer).statusCode()).isEqualTo(200);

        update(username, List.of("DESK_OFFICER"), true);

        assertThat(get("/api/accounts", "Authorization", bearer).statusCode()).isEqualTo(403);
        HttpResponse<String> me = get("/api/me", "Authorization", bearer);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"roles\":[\"DESK_OFFICER\"]").doesNotContain("MANAGE_ACCOUNTS");
    }

    @Test
    void shouldRefuseTokensWithTheRightSignatureThatThisApplicationDidNotIssue() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> valid = Map.of("sub", "desk.officer", "roles", List.of("DESK_OFFICER"), "iss", "partnerschaftsmonitor",
                "iat", now, "exp", now + 3600, "jti", UUID.randomUUID().toString());
        assertThat(get("/api/me", "Authorization", "Bearer " + mint(valid)).statusCode()).as("positive control").isEqualTo(200);

        Map<String, Map<String, Object>> refused = Map.of(
                "no exp", without(valid, "exp"),
                "future nbf", with(valid, "nbf", now + 3600),
                "foreign iss", with(valid, "iss", "https://evil.example"),
                "no iss", without(valid, "iss"),
                "no iat", without(valid, "iat"),
                "unknown user", with(valid, "sub", "nobody." + UUID.randomUUID()));
        refused.forEach((what, claims) -> {
            HttpResponse<String> response = get("/api/me", "Authorization", "Bearer " + mint(claims));
            assertThat(response.statusCode()).as(what).isEqualTo(401);
        });
    }

    @Test
    void shouldAnswerA401WithoutABasicChallengeAndRefuseBasicCredentials() throws Exception {
        HttpResponse<String> anonymous = get("/api/agreements", "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        String basic = "Basic " + Base64.getEncoder().encodeToString("desk.officer:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withBasic = get("/api/agreements", "Authorization", basic);
        assertThat(withBasic.statusCode()).isEqualTo(401);
        assertThat(withBasic.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    // --- helpers

    String mint(Map<String, Object> claims) {
        return tokens.generateToken(claims).orElseThrow();
    }

    static Map<String, Object> with(Map<String, Object> claims, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(claims);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> claims, String key) {
        Map<String, Object> copy = new HashMap<>(claims);
        copy.remove(key);
        return copy;
    }

    String account(String... roles) {
        String username = "session." + UUID.randomUUID().toString().substring(0, 8);
        Api.send(api, io.micronaut.http.HttpRequest.POST("/api/accounts", Map.of("username", username, "displayName", "Session Test",
                "roles", List.of(roles), "password", PASSWORD)).header(TestAuth.HEADER, TestAuth.as("session.admin", "ADMIN")));
        return username;
    }

    @SuppressWarnings("unchecked")
    void update(String username, List<String> roles, boolean enabled) {
        String admin = TestAuth.as("session.admin", "ADMIN");
        Map<String, Object> page = Api.send(api, io.micronaut.http.HttpRequest.GET("/api/accounts?size=1000").header(TestAuth.HEADER, admin));
        Map<String, Object> found = ((List<Map<String, Object>>) page.get("content")).stream()
                .filter(a -> username.equals(a.get("username"))).findFirst().orElseThrow();
        Api.send(api, io.micronaut.http.HttpRequest.PUT("/api/accounts/" + found.get("id"), Map.of("version", found.get("version"),
                "displayName", "Session Test", "roles", roles, "enabled", enabled)).header(TestAuth.HEADER, admin));
    }

    String apiToken(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        int start = response.body().indexOf("\"access_token\":\"") + 16;
        return response.body().substring(start, response.body().indexOf('"', start));
    }

    /** The browser's sign-in; returns the Cookie header value with the session. */
    String browserSession(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login?session=cookie", username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("access_token");
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PM_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    HttpResponse<String> post(String path, String username) throws IOException, InterruptedException {
        return raw.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String header, String value) {
        try {
            return raw.send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
