package de.bund.partnerschaftsmonitor.shared.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded database's passwords, generated once and kept in {@code database-credentials.properties} in the data
 * folder, readable and writable by its owner only. A backup of the folder needs it; a restore makes new ones.
 */
record EmbeddedCredentials(String ownerUser, String ownerPassword, String appUser, String appPassword, boolean provisioned) {

    static final String FILE = "database-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    static Path file(Path home) {
        return home.resolve(FILE);
    }

    static EmbeddedCredentials loadOrCreate(Path home) throws IOException {
        Path file = file(home);
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return new EmbeddedCredentials(p.getProperty("owner.user", "root"), p.getProperty("owner.password"),
                    p.getProperty("app.user", "pm_app"), p.getProperty("app.password"),
                    Boolean.parseBoolean(p.getProperty("provisioned")));
        }
        EmbeddedCredentials created = new EmbeddedCredentials("root", generate(), "pm_app", generate(), false);
        created.write(home);
        return created;
    }

    EmbeddedCredentials markProvisioned(Path home) throws IOException {
        EmbeddedCredentials done = new EmbeddedCredentials(ownerUser, ownerPassword, appUser, appPassword, true);
        done.write(home);
        return done;
    }

    /** Written before the accounts are changed, so that an interrupted set-up never leaves an unknown password. */
    private void write(Path home) throws IOException {
        Properties p = new Properties();
        p.setProperty("owner.user", ownerUser);
        p.setProperty("owner.password", ownerPassword);
        p.setProperty("app.user", appUser);
        p.setProperty("app.password", appPassword);
        p.setProperty("provisioned", String.valueOf(provisioned));
        Path tmp = home.resolve(FILE + ".new");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Embedded MariaDB accounts: owner (migrations, backups) and the application's account");
        }
        Files.move(tmp, file(home), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + ownerUser + ", " + appUser + ", provisioned=" + provisioned + "]";
    }
}
