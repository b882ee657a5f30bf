package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAddresses;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static de.bund.partnerschaftsmonitor.account.ClientAddressTest.failedSignIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy named in PM_TRUSTED_PROXIES, its X-Forwarded-For names the client the sign-in limit counts. */
@MicronautTest(transactional = false)
class TrustedProxyTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ClientAddressTest.props("10.0.0.0/8, 127.0.0.1, ::1");
    }

    @Test
    void shouldCountPerClientNamedByTheProxy() throws Exception {
        // Counters are shared through the database: addresses of this run only, so that the count starts at zero.
        String client = TestAddresses.fresh();
        String other;
        do {
            other = TestAddresses.fresh();
        } while (other.equals(client));
        for (int i = 0; i < 3; i++) {
            assertThat(failedSignIn(server, "X-Forwarded-For", client + ", 10.1.2.3").statusCode()).isEqualTo(401);
        }
        assertThat(failedSignIn(server, "X-Forwarded-For", client).statusCode()).isEqualTo(429);
        assertThat(failedSignIn(server, "X-Forwarded-For", other).statusCode()).isEqualTo(401);
        assertThat(failedSignIn(server, "Forwarded", "for=" + client + ";proto=https").statusCode()).isEqualTo(429);
        // A client that writes its own X-Forwarded-For in front does not escape: the proxy appended the real address.
        assertThat(failedSignIn(server, "X-Forwarded-For", "192.0.2.55, " + client).statusCode()).isEqualTo(429);
    }
}
