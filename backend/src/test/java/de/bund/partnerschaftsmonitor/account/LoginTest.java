package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    TokenGenerator tokens;

    BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(DatabaseTest.super.getProperties());
        // Every test here signs in from 127.0.0.1; the per-address limit has its own unit test.
        props.put("pm.security.max-failed-logins-per-ip", "10000");
        return props;
    }

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    static MutableHttpRequest<?> login(String username, String password) {
        return HttpRequest.POST("/login", Map.of("username", username, "password", password));
    }

    /** The browser's sign-in: a cookie session, no token. */
    static MutableHttpRequest<?> browserLogin(String username, String password) {
        return HttpRequest.POST("/login?session=cookie", Map.of("username", username, "password", password));
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    static String cookieValue(HttpResponse<?> response, String name) {
        String header = cookie(response, name);
        return header.substring(name.length() + 1, header.indexOf(';'));
    }

    String freshAccount(String... roles) {
        String username = "login." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createTrusted(username, "Login Test", "correct horse battery", List.of(roles), true, "test");
        return username;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerAnApiSignInWithABearerTokenAndNoCookie() {
        HttpResponse<Map<String, Object>> response = call(client, login("desk.officer", "demo"));

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> body = response.body();
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("username", "desk.officer")
                .containsEntry("roles", List.of("DESK_OFFICER")).containsKey("access_token");
        assertThat(((Number) body.get("expires_in")).intValue()).isEqualTo(8 * 3600);
        assertThat(response.getHeaders().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("PM_SESSION="));

        Map<String, Object> viaBearer = client.retrieve(HttpRequest.GET("/api/me").bearerAuth((String) body.get("access_token")), Api.JSON);
        assertThat(viaBearer).containsEntry("username", "desk.officer").containsEntry("roles", List.of("DESK_OFFICER"))
                .containsEntry("displayName", "Demo Referent:in");
        assertThat((List<Object>) viaBearer.get("permissions")).contains("READ", "EDIT_AGREEMENTS", "EDIT_ASSESSMENTS", "REVIEW_ASSESSMENTS")
                .doesNotContain("MANAGE_ACCOUNTS");
    }

    @Test
    void shouldGiveTheBrowsersSignInACookieSessionAndNoTokenInTheBody() {
        HttpResponse<Map<String, Object>> response = call(client, browserLogin("desk.officer", "demo"));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("username", "desk.officer").containsEntry("roles", List.of("DESK_OFFICER"))
                .doesNotContainKeys("access_token", "token_type", "refresh_token");
        String session = cookie(response, "PM_SESSION");
        assertThat(session).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Secure").contains("Path=/");
        assertThat(cookie(response, "XSRF-TOKEN")).doesNotContainIgnoringCase("HttpOnly").contains("SameSite=Strict");

        Map<String, Object> viaCookie = client.retrieve(HttpRequest.GET("/api/me")
                .header("Cookie", "PM_SESSION=" + cookieValue(response, "PM_SESSION")), Api.JSON);
        assertThat(viaCookie).containsEntry("username", "desk.officer");
    }

    @Test
    void shouldAcceptAFormPost() {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/login", "username=leadership&password=demo")
                .contentType("application/x-www-form-urlencoded"));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("roles", List.of("LEADERSHIP"));
    }

    @Test
    void shouldAnswerAWrongPasswordAndAnUnknownUserAlike() {
        HttpResponse<Map<String, Object>> wrong = call(client, login(freshAccount("LEADERSHIP"), "wrong password"));
        HttpResponse<Map<String, Object>> unknown = call(client, login("nobody." + UUID.randomUUID(), "wrong password"));

        assertThat(wrong.code()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(wrong.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(Api.problem(wrong)).containsEntry("code", "login.failed");
        assertThat(Api.problem(wrong).get("detail")).isEqualTo(Api.problem(unknown).get("detail"));
        assertThat(wrong.getHeaders().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("PM_SESSION="));
    }

    @Test
    void shouldLockAnAccountAfterFiveFailuresEvenForTheRightPassword() {
        String username = freshAccount("LEADERSHIP");
        for (int i = 0; i < 4; i++) {
            assertThat(call(client, login(username, "wrong password")).code()).isEqualTo(401);
        }
        HttpResponse<Map<String, Object>> fifth = call(client, login(username, "wrong password"));
        assertThat(fifth.code()).isEqualTo(429);
        assertThat(fifth.getHeaders().get("Retry-After")).isEqualTo("900");

        HttpResponse<Map<String, Object>> right = call(client, login(username, "correct horse battery"));
        assertThat(right.code()).isEqualTo(429);
        assertThat(Api.problem(right)).containsEntry("code", "login.locked");
        assertThat(Api.problem(right).get("detail")).asString().contains("in 15 Minuten");
    }

    @Test
    void shouldLockAnUnknownUserNameLikeARealOne() {
        String username = "ghost." + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            assertThat(call(client, login(username, "wrong password")).code()).isEqualTo(401);
        }
        assertThat(call(client, login(username, "wrong password")).code()).isEqualTo(429);
    }

    @Test
    void shouldResetTheFailureCountAfterASuccessfulSignIn() {
        String username = freshAccount("LEADERSHIP");
        for (int i = 0; i < 4; i++) {
            call(client, login(username, "wrong password"));
        }
        assertThat(call(client, login(username, "correct horse battery")).code()).isEqualTo(200);
        assertThat(call(client, login(username, "wrong password")).code()).isEqualTo(401);
    }

    @Test
    void shouldClearTheSessionCookieOnLogout() {
        HttpResponse<Map<String, Object>> signedIn = call(client, browserLogin(freshAccount("LEADERSHIP"), "correct horse battery"));
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/logout", "")
                .header("Cookie", "PM_SESSION=" + cookieValue(signedIn, "PM_SESSION")));

        assertThat(response.code()).isEqualTo(204);
        assertThat(cookie(response, "PM_SESSION")).startsWith("PM_SESSION=;").containsIgnoringCase("Max-Age=0");
    }

    @Test
    void shouldRejectAnExpiredToken() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        String expired = tokens.generateToken(Map.of("sub", "desk.officer", "roles", List.of("DESK_OFFICER"),
                "iat", past - 60, "exp", past)).orElseThrow();

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/me").bearerAuth(expired));

        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldRejectATokenSignedWithAnotherKey() {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19.c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5LTAwMDAwMDA";
        assertThat(call(client, HttpRequest.GET("/api/accounts").bearerAuth(forged)).code()).isEqualTo(401);
    }

    @Test
    void shouldRefuseACookieAuthenticatedWriteWithoutTheCsrfToken() {
        HttpResponse<Map<String, Object>> signedIn = call(client, browserLogin("desk.officer", "demo"));
        String session = cookieValue(signedIn, "PM_SESSION");
        String xsrf = cookieValue(signedIn, "XSRF-TOKEN");
        long before = count();

        HttpResponse<Map<String, Object>> without = call(client, HttpRequest.POST("/api/agreements", AgreementBodies.valid())
                .header("Cookie", "PM_SESSION=" + session + "; XSRF-TOKEN=" + xsrf));
        HttpResponse<Map<String, Object>> wrong = call(client, HttpRequest.POST("/api/agreements", AgreementBodies.valid())
                .header("Cookie", "PM_SESSION=" + session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", "guessed"));

        assertThat(without.code()).isEqualTo(403);
        assertThat(without.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(Api.problem(without)).containsEntry("code", "csrf.invalid");
        assertThat(wrong.code()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldAcceptACookieAuthenticatedWriteWithTheCsrfToken() {
        HttpResponse<Map<String, Object>> signedIn = call(client, browserLogin("desk.officer", "demo"));
        String xsrf = cookieValue(signedIn, "XSRF-TOKEN");

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", AgreementBodies.valid())
                .header("Cookie", "PM_SESSION=" + cookieValue(signedIn, "PM_SESSION") + "; XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", xsrf));

        assertThat(response.code()).isEqualTo(201);
        assertThat(response.body()).containsKey("id");
    }

    @Test
    void shouldAcceptABearerWriteWithoutCsrfToken() {
        String token = (String) call(client, login("desk.officer", "demo")).body().get("access_token");

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", AgreementBodies.valid()).bearerAuth(token));

        assertThat(response.code()).isEqualTo(201);
    }

    @Test
    void shouldGiveASignedInBrowserWithoutItTheCsrfTokenOfItsSession() {
        HttpResponse<Map<String, Object>> signedIn = call(client, browserLogin("desk.officer", "demo"));
        String session = cookieValue(signedIn, "PM_SESSION");

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/countries/KE").header("Cookie", "PM_SESSION=" + session));

        assertThat(cookie(response, "XSRF-TOKEN")).contains("Path=/").contains("SameSite=Strict");
        assertThat(cookieValue(response, "XSRF-TOKEN")).isEqualTo(cookieValue(signedIn, "XSRF-TOKEN"));
        HttpResponse<Map<String, Object>> anonymous = call(client, HttpRequest.GET("/api/countries/KE").header(TestAuth.HEADER, TestAuth.ANONYMOUS));
        assertThat(anonymous.getHeaders().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
    }

    long count() {
        return call(client, HttpRequest.GET("/api/agreements?size=1").header(TestAuth.HEADER, TestAuth.as("x", "LEADERSHIP")))
                .body().get("totalSize") instanceof Number n ? n.longValue() : -1;
    }
}
