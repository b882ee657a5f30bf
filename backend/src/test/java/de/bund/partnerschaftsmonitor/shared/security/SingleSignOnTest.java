package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization-code flow against a real OpenID Connect provider (mock-oauth2-server) over real
 * HTTP, configured through the same environment variables as production. Redirects are followed by
 * hand so that every hop, and the cookies that carry state and nonce, are visible.
 */
@MicronautTest(transactional = false)
class SingleSignOnTest implements DatabaseTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @Inject
    EmbeddedServer server;

    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> env = Map.of(
                "PM_OIDC_ISSUER", PROVIDER.issuerUrl("keycloak").toString(),
                "PM_OIDC_CLIENT_ID", "partnerschaftsmonitor",
                "PM_OIDC_CLIENT_SECRET", "test-secret",
                "PM_OIDC_ROLES_CLAIM", "realm_access.roles",
                "PM_OIDC_ROLE_MAP", "pm-referat=DESK_OFFICER,pm-leitung=LEADERSHIP");
        Map<String, String> props = new HashMap<>(DatabaseTest.super.getProperties());
        OidcSettings.properties(env::get).forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }

    @AfterAll
    void stop() {
        PROVIDER.shutdown();
    }

    @Test
    void shouldSignInThroughTheProviderAndMapTheRoleClaim() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("keycloak", "f3b1c2d4", "JWT", List.of("partnerschaftsmonitor"),
                Map.of("preferred_username", "erika.sso", "realm_access", Map.of("roles", List.of("offline_access", "pm-referat"))), 3600));

        String session = signIn();

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(app("/api/me")).header("Cookie", "PM_SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"erika.sso\"").contains("\"roles\":[\"DESK_OFFICER\"]");
    }

    @Test
    void shouldRefuseAPersonWithoutAnyMappedRole() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("keycloak", "a9", "JWT", List.of("partnerschaftsmonitor"),
                Map.of("preferred_username", "max.extern", "realm_access", Map.of("roles", List.of("offline_access"))), 3600));

        HttpResponse<String> callback = toCallback();

        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.headers().firstValue("Location")).hasValue("/?signin=failed");
        assertThat(callback.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("PM_SESSION=") && !c.startsWith("PM_SESSION=;"));
    }

    /** Login at the app, authorize at the provider, back to the app's callback; returns the session cookie. */
    String signIn() throws IOException, InterruptedException {
        HttpResponse<String> callback = toCallback();
        assertThat(callback.statusCode()).as("callback: %s", callback.body()).isEqualTo(303);
        assertThat(callback.headers().firstValue("Location")).hasValue("/");
        String cookie = callback.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PM_SESSION="))
                .findFirst().orElseThrow();
        return cookie.substring("PM_SESSION=".length(), cookie.indexOf(';'));
    }

    HttpResponse<String> toCallback() throws IOException, InterruptedException {
        HttpResponse<String> start = browser.send(HttpRequest.newBuilder(app("/oauth/login/sso")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as("login start: %s", start.body()).isBetween(300, 399);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(PROVIDER.issuerUrl("keycloak").toString());
        List<String> cookies = new ArrayList<>(start.headers().allValues("Set-Cookie"));

        HttpResponse<String> authorized = browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(authorized.statusCode()).as("authorize: %s", authorized.body()).isBetween(300, 399);
        URI callback = URI.create(authorized.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/oauth/callback/sso");

        String cookieHeader = cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
        return browser.send(HttpRequest.newBuilder(app(callback.getPath() + "?" + callback.getRawQuery())).header("Cookie", cookieHeader).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI app(String pathAndQuery) {
        return URI.create("http://localhost:" + server.getPort() + pathAndQuery);
    }
}
