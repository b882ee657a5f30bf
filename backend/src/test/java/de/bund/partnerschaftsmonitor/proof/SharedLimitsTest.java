package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.TestAddresses;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address and unknown-name sign-in limits and the feedback limit count across two instances on one database
 * (two application contexts in this JVM, as TwoInstancesTest). Both trust this machine as their proxy, so that each
 * test names clients of its own in X-Forwarded-For and the rest of the suite's sign-ins from 127.0.0.1 cannot interfere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedLimitsTest {

    TwoInstances instances;
    ApplicationContext first;
    ApplicationContext second;
    String a;
    String b;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        instances = TwoInstances.start(Map.of(
                "pm.security.trusted-proxies", "127.0.0.1, ::1",
                "pm.security.max-failed-logins-per-ip", "4",
                "pm.security.max-failed-logins", "5",
                "pm.feedback.max-per-address", "2"));
        first = instances.first();
        second = instances.second();
        a = instances.a();
        b = instances.b();
    }

    @AfterAll
    void stop() {
        if (instances != null) instances.close();
    }

    @Test
    void shouldCountFailedSignInsFromOneAddressAcrossBothInstances() throws Exception {
        String client = address();
        for (int i = 0; i < 4; i++) {
            assertThat(login(i % 2 == 0 ? a : b, client, "nobody." + UUID.randomUUID()).statusCode()).isEqualTo(401);
        }
        assertThat(login(a, client, "nobody." + UUID.randomUUID()).statusCode()).as("blocked on the first").isEqualTo(429);
        assertThat(login(b, client, "nobody." + UUID.randomUUID()).statusCode()).as("and on the second").isEqualTo(429);
        assertThat(login(b, address(), "nobody." + UUID.randomUUID()).statusCode()).as("another address").isEqualTo(401);
    }

    @Test
    void shouldLockAnUnknownUserNameAcrossBothInstances() throws Exception {
        String name = "ghost." + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            assertThat(login(i % 2 == 0 ? a : b, address(), name).statusCode()).isEqualTo(401);
        }
        assertThat(login(b, address(), name).statusCode()).isEqualTo(429);
        assertThat(login(a, address(), name).statusCode()).isEqualTo(429);
    }

    @Test
    void shouldLimitFeedbackFromOneAddressAcrossBothInstances() throws Exception {
        String client = address();
        assertThat(feedback(a, client).statusCode()).isEqualTo(201);
        assertThat(feedback(b, client).statusCode()).isEqualTo(201);
        HttpResponse<String> third = feedback(a, client);
        assertThat(third.statusCode()).as(third.body()).isEqualTo(429);
        assertThat(third.body()).contains("\"code\":\"feedback.tooMany\"");
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(feedback(b, address()).statusCode()).isEqualTo(201);
    }

    static String address() {
        return TestAddresses.fresh();
    }

    HttpResponse<String> login(String base, String client, String username) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"wrong password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> feedback(String base, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/feedback")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Zwei Instanzen: Kontrast zu gering\",\"page\":\"/dashboard\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
