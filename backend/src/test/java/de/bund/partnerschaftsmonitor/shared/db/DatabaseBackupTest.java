package de.bund.partnerschaftsmonitor.shared.db;

import de.bund.partnerschaftsmonitor.shared.TestFolders;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken while multi-row transactions commit, restored into an empty folder: each transaction is there
 * completely or not at all (three audit events and one step of the write counter per transaction).
 */
class DatabaseBackupTest {

    static final int ROWS_PER_TRANSACTION = 3;

    @Test
    void shouldRestoreABackupTakenDuringWritesWithoutPartialTransactions() throws Exception {
        Path source = EmbeddedDatabaseTest.tmpFolder("pm-backup-source");
        EmbeddedDatabase db = EmbeddedDatabase.start(source, EmbeddedDatabaseTest.freePort());
        // Migrations that write data raise the counter too: count from where they left it.
        long baseline = generation(db);
        Path file = TestFolders.create("pm-backup").resolve("backup.sql");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            Future<?>[] running = new Future<?>[3];
            for (int w = 0; w < running.length; w++) {
                int writer = w;
                running[w] = writers.submit(() -> {
                    try (Connection c = DriverManager.getConnection(db.appUrl(), db.appUser(), db.appPassword())) {
                        c.setAutoCommit(false);
                        for (int n = 0; writing.get(); n++) {
                            try (PreparedStatement insert = c.prepareStatement(
                                    "INSERT INTO audit_events (actor, action, entity_type, entity_id) VALUES ('writer', 'UPDATE', 'probe', ?)");
                                 Statement st = c.createStatement()) {
                                for (int row = 0; row < ROWS_PER_TRANSACTION; row++) {
                                    insert.setString(1, "tx-" + writer + "-" + n);
                                    insert.executeUpdate();
                                }
                                st.executeUpdate("UPDATE data_generation SET generation = generation + 1 WHERE id = 1");
                            }
                            c.commit();
                            committed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            while (committed.get() < 30) {
                Thread.sleep(20);
            }
            DatabaseBackup.backup(source, db.port(), file);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            int atBackup = committed.get();
            while (committed.get() < atBackup + 30) {
                Thread.sleep(20);
            }
            writing.set(false);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            writers.shutdownNow();
            db.stop();
        }

        Path target = EmbeddedDatabaseTest.tmpFolder("pm-backup-target");
        int port = EmbeddedDatabaseTest.freePort();
        DatabaseBackup.restore(target, port, file);
        EmbeddedDatabase restored = EmbeddedDatabase.start(target, port);
        try (Connection c = restored.ownerConnection(); Statement st = c.createStatement()) {
            Map<String, Integer> rowsPerTransaction = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT entity_id, COUNT(*) FROM audit_events WHERE entity_type = 'probe' GROUP BY entity_id")) {
                while (rs.next()) {
                    rowsPerTransaction.put(rs.getString(1), rs.getInt(2));
                }
            }
            long generation = generation(restored) - baseline;
            assertThat(rowsPerTransaction).hasSizeGreaterThanOrEqualTo(30).hasSizeLessThan(committed.get());
            assertThat(rowsPerTransaction.values()).allMatch(n -> n == ROWS_PER_TRANSACTION);
            assertThat(generation).as("one counter step per restored transaction").isEqualTo(rowsPerTransaction.size());
            EmbeddedDatabaseTest.appendAuditEvent(restored, "after-restore");
        } finally {
            restored.stop();
        }
        assertThatThrownBy(() -> DatabaseBackup.restore(target, port, file)).hasMessageContaining("already holds data");
    }

    private static long generation(EmbeddedDatabase db) throws Exception {
        try (Connection c = db.ownerConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT generation FROM data_generation WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
