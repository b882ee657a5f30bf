package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.TestFolders;
import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database process dies under a running application: the application brings it back by itself and
 * serves again, without a restart. Runs on its own embedded database, never on the shared test database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseRecoveryTest implements TestPropertyProvider {

    EmbeddedDatabase db;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            db = EmbeddedDatabase.start(TestFolders.create("pm-recovery-db"), port);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> props = new HashMap<>();
        db.properties().forEach((k, v) -> props.put(k, String.valueOf(v)));
        props.put("datasources.default.connection-timeout", "1000");
        props.put("datasources.default.validation-timeout", "500");
        return props;
    }

    @AfterAll
    void stopDatabase() {
        db.stop();
    }

    @Test
    void shouldBringItsEmbeddedDatabaseBackAfterTheProcessDies() throws Exception {
        RawHttp http = new RawHttp(URI.create(server.getURL().toString()));
        assertThat(http.send("GET", "/api/agreements?size=1", null, null).status()).isEqualTo(200);
        long first = db.serverPid().orElseThrow();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();
        ProcessHandle.of(first).ifPresent(h -> h.onExit().join());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        RawHttp.Response again;
        do {
            Thread.sleep(250);
            again = http.send("GET", "/api/agreements?size=1", null, null);
        } while (again.status() != 200 && System.nanoTime() < deadline);
        assertThat(again.status()).as("serves again without a restart: %s", again.body()).isEqualTo(200);
        assertThat(db.serverPid()).isPresent().get().isNotEqualTo(first);
    }
}
