package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HardeningTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    static void assertHardened(HttpResponse<?> response) {
        assertThat(response.getHeaders().get("Content-Security-Policy"))
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("base-uri 'self'").contains("style-src 'self' 'unsafe-inline'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(response.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeaders().get("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void shouldSendSecurityHeadersOnPagesApiAnswersAndErrors() {
        assertHardened(call(client, HttpRequest.GET("/api/countries/KE")));
        assertHardened(call(client, HttpRequest.GET("/api/countries").header(TestAuth.HEADER, TestAuth.ANONYMOUS)));
        assertHardened(call(client, HttpRequest.GET("/api/nothing-here")));
        assertHardened(call(client, HttpRequest.GET("/agreements/12").accept("text/html")));
    }

    @Test
    void shouldServeTheUiAndHealthAnonymously() {
        assertThat(call(client, HttpRequest.GET("/agreements/12").accept("text/html")).code()).isEqualTo(200);
        assertThat(call(client, HttpRequest.GET("/health")).code()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnOversizedBodyWithAProblem() {
        String big = "{\"titleDe\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<?> response = call(client, Api.rawJson("POST", "/api/agreements", big));
        assertThat(response.code()).isEqualTo(413);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldAnswerUnauthenticatedApiCallsWithAProblemAndNoRedirect() {
        HttpResponse<?> response = call(client, HttpRequest.GET("/api/agreements").accept("text/html")
                .header(TestAuth.HEADER, TestAuth.ANONYMOUS));
        assertThat(response.code()).isEqualTo(401);
        assertThat(Api.problem(response)).containsEntry("code", "auth.required").containsEntry("detail", "Bitte melden Sie sich an.");
    }
}
