package de.bund.partnerschaftsmonitor.shared.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded MariaDB that serves as the default database when no datasource URL is configured,
 * and as the test engine when Docker is absent. Server flags match MySQL 8.4's behaviour (utf8mb4,
 * strict sql_mode) so that nothing passes here that fails in production.
 * <p>
 * It runs with grant checks on. The schema owner ({@code root}) and the application's account ({@code pm_app}, which
 * may only read and append to {@code audit_events}) have generated passwords kept in the data folder (see
 * {@link EmbeddedCredentials}). Migrations run here as the owner before the application starts; the application
 * connects as {@code pm_app}.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String SCHEMA = "partnerschaftsmonitor";
    static final List<String> SERVER_ARGS = List.of(
            "--user=root",
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--skip-ssl",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION",
            "--max-connections=500",
            "--innodb-buffer-pool-size=256M");
    /** TCP clients come from 127.0.0.1 (the server listens nowhere else; names are not resolved). */
    static final String HOST = "127.0.0.1";

    private final MariaDbServer server;
    private final int port;
    private final EmbeddedCredentials credentials;

    private EmbeddedDatabase(MariaDbServer server, int port, EmbeddedCredentials credentials) {
        this.server = server;
        this.port = port;
        this.credentials = credentials;
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
        return start(dataDir(), configuredPort()).properties();
    }

    static Path dataDir() {
        return Path.of(firstNonBlank(System.getenv("PM_DATA_DIR"), System.getProperty("pm.data-dir"), "data")).toAbsolutePath();
    }

    static int configuredPort() {
        return Integer.parseInt(firstNonBlank(System.getenv("PM_DB_PORT"), System.getProperty("pm.db-port"), "3307"));
    }

    public static String configuredUrl() {
        return firstNonBlank(System.getenv("DATASOURCE_URL"), System.getenv("DATASOURCES_DEFAULT_URL"),
                System.getProperty("datasources.default.url"));
    }

    /** Starts MariaDB with its data in {@code dataDir} (kept across restarts), migrates the schema and grants the app's account. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        EmbeddedDatabase db = open(dataDir, port);
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.stop();
            throw e;
        }
    }

    /** Starts the server without migrating: for restoring a backup into an empty folder. */
    static EmbeddedDatabase open(Path dataDir, int port) {
        long started = System.nanoTime();
        Path home = dataDir.toAbsolutePath().normalize();
        MariaDbServer server;
        try {
            server = MariaDbServer.prepare(home, port, SERVER_ARGS);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare the embedded MariaDB in " + home, e);
        }
        try {
            boolean fresh = !server.installed() || !Files.exists(home.resolve("mariadb-data").resolve(SCHEMA));
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(home);
            if (!credentials.provisioned()) {
                provision(server, credentials);
                credentials = credentials.markProvisioned(home);
                LOG.info("Embedded MariaDB accounts set up; passwords in {} (readable by its owner only)", EmbeddedCredentials.file(home));
            }
            server.start();
            LOG.info("Embedded MariaDB on port {} with data in {} ({} data directory) started in {} ms", port, home,
                    fresh ? "new" : "existing", (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(server, port, credentials);
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home
                    + ". Is port " + port + " free? Set PM_DB_PORT to use another one.", e);
        }
    }

    /**
     * Sets the passwords and accounts with grant checks off and no TCP listener, so that nobody else can connect
     * meanwhile. Works on a new folder and on one made by an older version (root without a password); idempotent, so
     * an interrupted set-up simply runs again with the same passwords.
     */
    private static void provision(MariaDbServer server, EmbeddedCredentials c) throws IOException {
        server.startForProvisioning();
        try {
            server.client(String.join("\n",
                    "FLUSH PRIVILEGES;",
                    "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost', '" + HOST + "'));",
                    "FLUSH PRIVILEGES;",
                    "DROP USER IF EXISTS 'mysql'@'localhost';",
                    "CREATE USER IF NOT EXISTS 'root'@'localhost';",
                    "CREATE USER IF NOT EXISTS 'root'@'" + HOST + "';",
                    "ALTER USER 'root'@'localhost' IDENTIFIED BY " + quote(c.ownerPassword()) + ";",
                    "ALTER USER 'root'@'" + HOST + "' IDENTIFIED BY " + quote(c.ownerPassword()) + ";",
                    "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
                    "GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION;",
                    "CREATE USER IF NOT EXISTS " + appAccount(c) + ";",
                    "ALTER USER " + appAccount(c) + " IDENTIFIED BY " + quote(c.appPassword()) + ";",
                    "CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                    ""));
        } finally {
            server.stopServer();
        }
    }

    /** Flyway as the schema owner, then the application's table grants (new tables come with new migrations). */
    void migrate() {
        Flyway.configure().dataSource(ownerUrl(), credentials.ownerUser(), credentials.ownerPassword())
                .locations("classpath:db/migration").load().migrate();
        grantApplication();
    }

    void grantApplication() {
        try (Connection c = ownerConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                    + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                st.execute("GRANT " + privileges(table) + " ON `" + SCHEMA + "`.`" + table + "` TO " + appAccount(credentials));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's account its tables", e);
        }
    }

    /** The audit trail is append-only for the application; Flyway's history is the owner's. */
    static String privileges(String table) {
        return switch (table) {
            case "audit_events" -> "SELECT, INSERT";
            case "flyway_schema_history" -> "SELECT";
            default -> "SELECT, INSERT, UPDATE, DELETE";
        };
    }

    /** Datasource properties for the application: its restricted account; Flyway already ran. */
    public Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", appUrl(),
                "datasources.default.username", credentials.appUser(),
                "datasources.default.password", credentials.appPassword(),
                "flyway.datasources.default.enabled", false,
                "pm.embedded-database", true,
                // The search index lives beside this database (a test's own folder, never the working directory).
                "pm.data-dir", home().toString());
    }

    public String appUrl() {
        return "jdbc:mysql://" + HOST + ":" + port + "/" + SCHEMA + "?" + URL_OPTIONS;
    }

    public String ownerUrl() {
        return "jdbc:mysql://" + HOST + ":" + port + "/" + SCHEMA + "?" + URL_OPTIONS;
    }

    public String ownerUser() {
        return credentials.ownerUser();
    }

    public String ownerPassword() {
        return credentials.ownerPassword();
    }

    public String appUser() {
        return credentials.appUser();
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    public int port() {
        return port;
    }

    public Path home() {
        return server.home();
    }

    /** The running mariadbd's process id (empty while it is down). */
    public Optional<Long> serverPid() {
        return server.pid();
    }

    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(ownerUrl(), credentials.ownerUser(), credentials.ownerPassword());
    }

    /** Stops the server cleanly and releases the data folder; never deletes anything. */
    public void stop() {
        server.stop();
    }

    MariaDbServer server() {
        return server;
    }

    private static final String URL_OPTIONS = "useUnicode=true&characterEncoding=UTF-8"
            + "&rewriteBatchedStatements=true&permitMysqlScheme=true&allowPublicKeyRetrieval=true&useSSL=false";

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://localhost:" + port + "/" + SCHEMA + "?createDatabaseIfNotExist=true&" + URL_OPTIONS;
    }

    private static String appAccount(EmbeddedCredentials c) {
        return "'" + c.appUser() + "'@'" + HOST + "'";
    }

    /** Passwords are generated from [A-Za-z0-9]; quoting guards the SQL anyway. */
    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
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
