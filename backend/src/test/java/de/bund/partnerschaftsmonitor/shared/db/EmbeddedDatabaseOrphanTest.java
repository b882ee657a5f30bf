package de.bund.partnerschaftsmonitor.shared.db;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * kill -9 of the application leaves its mariadbd running on the folder and the port. The next start stops that
 * orphan and starts cleanly on the same port, with the data; while the first JVM lives, nobody else gets the folder.
 */
class EmbeddedDatabaseOrphanTest {

    @Test
    void shouldStopTheOrphanOfItsOwnFolderAfterAKillAndStartCleanly() throws Exception {
        Path dir = EmbeddedDatabaseTest.tmpFolder("pm-orphan");
        int port = EmbeddedDatabaseTest.freePort();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        long orphanPid;
        try {
            orphanPid = readyPid(child);
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, EmbeddedDatabaseTest.freePort()))
                    .as("the folder belongs to the living JVM").hasMessageContaining("never share one folder");
        } finally {
            child.destroyForcibly(); // kill -9 of the JVM only
            child.waitFor(30, TimeUnit.SECONDS);
        }
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(MariaDbServer.running(orphan)).as("mariadbd outlives its killed JVM").isTrue();
        assertThat(MariaDbServer.runsOn(orphan, dir.resolve("mariadb-data"))).isTrue();
        assertThat(MariaDbServer.runsOn(orphan, dir.resolve("other-data"))).isFalse();

        EmbeddedDatabase db = EmbeddedDatabase.start(dir, port);
        try {
            assertThat(MariaDbServer.running(orphan)).as("the orphan was stopped").isFalse();
            assertThat(db.serverPid()).isPresent().get().isNotEqualTo(orphanPid);
            assertThat(EmbeddedDatabaseTest.auditEvents(db, "written-by-the-dead")).isEqualTo(1);
        } finally {
            db.stop();
        }
    }

    private static long readyPid(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                long pid = Long.parseLong(line.substring(6).trim());
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return pid;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("child JVM ended before it was ready:\n" + seen);
    }
}
