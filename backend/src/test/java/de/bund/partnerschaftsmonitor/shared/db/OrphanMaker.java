package de.bund.partnerschaftsmonitor.shared.db;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedDatabaseOrphanTest}: starts the embedded database, writes, and waits to be killed. */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        EmbeddedDatabaseTest.appendAuditEvent(db, "written-by-the-dead");
        System.out.println("READY " + db.serverPid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
