package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address sign-in limit over real HTTP. By default X-Forwarded-For and Forwarded are not believed, so a new
 * value with every attempt does not reset the count; from a configured proxy they name the client.
 */
@MicronautTest(transactional = false)
class ClientAddressTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return props("");
    }

    /**
     * The counters are shared through the database and the whole suite signs in from this machine: this test needs the
     * loopback's count to start at zero (the suite's own limit is far higher, application-test.yml).
     */
    @BeforeEach
    void forgetTheLoopbacksFailures() {
        sql.update("DELETE FROM attempt_counters WHERE kind = 'login-address' AND subject IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')");
    }

    @Test
    void shouldCountEveryAttemptFromTheConnectionsAddressWhateverTheHeadersSay() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(failedSignIn(server, i % 2 == 0 ? "X-Forwarded-For" : "Forwarded",
                    i % 2 == 0 ? "198.51.100." + i : "for=198.51.100." + i).statusCode()).isEqualTo(401);
        }
        assertThat(failedSignIn(server, "X-Forwarded-For", "203.0.113.99").statusCode()).isEqualTo(429);
        assertThat(failedSignIn(server, "Forwarded", "for=\"[2001:db8::1]:4711\"").statusCode()).isEqualTo(429);
    }


    static final HttpClient RAW = HttpClient.newHttpClient();

    static HttpResponse<String> failedSignIn(EmbeddedServer server, String header, String value) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody." + UUID.randomUUID() + "\",\"password\":\"wrong password\"}"));
        if (header != null) {
            request.header(header, value);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> props(String trustedProxies) {
        Map<String, String> props = new HashMap<>();
        TestDatabase.properties().forEach((k, v) -> props.put(k, String.valueOf(v)));
        props.put("pm.security.max-failed-logins-per-ip", "3");
        props.put("pm.security.trusted-proxies", trustedProxies);
        return props;
    }
}
