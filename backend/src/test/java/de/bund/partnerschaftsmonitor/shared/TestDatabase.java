package de.bund.partnerschaftsmonitor.shared;

import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;
import org.testcontainers.mysql.MySQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place that chooses the test database: MySQL 8.4 in Testcontainers when a Docker engine is
 * reachable, otherwise an embedded MariaDB 11.4. Started once per test JVM and shared by all tests.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = dockerAvailable() ? startMySql() : startMariaDb();
        }
        return properties;
    }

    public static String jdbcUrl() {
        return (String) properties().get("datasources.default.url");
    }

    /** Silent, instant pre-check; Testcontainers' own probe takes a second and logs an error block. */
    static boolean dockerAvailable() {
        if ("embedded".equals(System.getProperty("pm.test.db"))) {
            return false;
        }
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static Map<String, Object> startMySql() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                .withDatabaseName(EmbeddedDatabase.SCHEMA)
                .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        mysql.start();
        return Map.of(
                "datasources.default.url", mysql.getJdbcUrl() + "?allowPublicKeyRetrieval=true&useSSL=false&rewriteBatchedStatements=true",
                "datasources.default.username", "root",
                "datasources.default.password", mysql.getPassword(),
                "pm.test.engine", "mysql");
    }

    private static Map<String, Object> startMariaDb() {
        try {
            Path dir = TestFolders.create("pm-test-db");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            // The production set-up: migrated by the owner, the application on its restricted account.
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
            TestFolders.beforeDelete(db::stop);
            Map<String, Object> props = new HashMap<>(db.properties());
            props.put("pm.test.engine", "mariadb");
            return Map.copyOf(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
