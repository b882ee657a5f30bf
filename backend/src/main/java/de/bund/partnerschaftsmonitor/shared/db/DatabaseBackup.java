package de.bund.partnerschaftsmonitor.shared.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code java -jar partnerschaftsmonitor.jar backup <file>} and {@code restore <file>} for the embedded database
 * ({@code PM_DATA_DIR}, {@code PM_DB_PORT} as for the application). A backup is one logical dump in one consistent
 * snapshot ({@code mariadb-dump --single-transaction}), taken while the application runs (or, when it does not, from
 * a server started for the purpose); every transaction is in it completely or not at all. A restore goes only into
 * an empty data folder and makes new passwords there.
 */
public final class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);

    private DatabaseBackup() {
    }

    /** Runs a command of the jar; returns the process exit code. */
    public static int command(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: java -jar partnerschaftsmonitor.jar backup|restore <file>");
            return 2;
        }
        if (EmbeddedDatabase.configuredUrl() != null) {
            System.err.println("DATASOURCE_URL is set: back up that database with its own tools (see README, \"Operating it\").");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("backup")) {
                backup(EmbeddedDatabase.dataDir(), EmbeddedDatabase.configuredPort(), file);
                System.out.println("Backup written to " + file);
            } else {
                restore(EmbeddedDatabase.dataDir(), EmbeddedDatabase.configuredPort(), file);
                System.out.println("Restored " + file + " into " + EmbeddedDatabase.dataDir());
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Dumps the schema of the folder's database: from the running application's server, or from one started here. */
    public static void backup(Path dataDir, int port, Path file) throws IOException {
        Path home = dataDir.toAbsolutePath().normalize();
        EmbeddedDatabase started = null;
        try {
            started = EmbeddedDatabase.start(home, port);
        } catch (MariaDbServer.DataFolderInUseException running) {
            LOG.info("The data folder is in use; dumping from the running server on port {}", port);
        }
        try {
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(home);
            if (!credentials.provisioned()) {
                throw new IllegalStateException("No embedded database in " + home);
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            // The dump holds the accounts' password hashes: readable by its owner only, like the credentials file.
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
            dumpTool(home).tool("mariadb-dump", List.of("--host=" + EmbeddedDatabase.HOST, "--port=" + port,
                            "--user=" + credentials.ownerUser(), "--single-transaction", "--quick", "--routines", "--triggers",
                            "--hex-blob", "--default-character-set=utf8mb4", "--result-file=" + partial, "--databases", EmbeddedDatabase.SCHEMA),
                    ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.DISCARD, credentials.ownerPassword());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (started != null) {
                started.stop();
            }
        }
    }

    /** Loads a backup into a folder whose database has no tables yet, then applies newer migrations and grants. */
    public static void restore(Path dataDir, int port, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No backup file " + file);
        }
        EmbeddedDatabase db = EmbeddedDatabase.open(dataDir, port);
        try {
            if (tables(db) > 0) {
                throw new IllegalStateException("The data folder " + db.home() + " already holds data; restore only into an empty folder.");
            }
            db.server().tool("mariadb", List.of("--host=" + EmbeddedDatabase.HOST, "--port=" + port, "--user=" + db.ownerUser(),
                            "--default-character-set=utf8mb4"),
                    ProcessBuilder.Redirect.from(file.toFile()), ProcessBuilder.Redirect.DISCARD, db.ownerPassword());
            db.migrate();
            LOG.info("Restored {} into {}", file, db.home());
        } finally {
            db.stop();
        }
    }

    private static long tables(EmbeddedDatabase db) {
        try (Connection c = db.ownerConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + EmbeddedDatabase.SCHEMA + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data folder's tables", e);
        }
    }

    /** The binaries unpacked in the folder by the running application; nothing is started or locked here. */
    private static MariaDbServer dumpTool(Path home) {
        return MariaDbServer.tools(home);
    }
}
