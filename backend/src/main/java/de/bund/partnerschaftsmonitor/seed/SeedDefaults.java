package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;

import java.util.Map;

/**
 * The demo seed (demo accounts with a known password, and the 16 real instruments) is on by default only on the
 * embedded database. With {@code DATASOURCE_URL}, usually a production database, it stays off unless {@code PM_SEED}
 * asks for it.
 */
public final class SeedDefaults {

    private SeedDefaults() {
    }

    public static Map<String, Object> fromEnvironment() {
        return properties(System.getenv("PM_SEED"), System.getProperty("pm.seed.enabled"), EmbeddedDatabase.configuredUrl() != null);
    }

    static Map<String, Object> properties(String env, String systemProperty, boolean externalDatabase) {
        boolean askedFor = env != null && !env.isBlank() || systemProperty != null && !systemProperty.isBlank();
        return externalDatabase && !askedFor ? Map.of("pm.seed.enabled", false) : Map.of();
    }
}
