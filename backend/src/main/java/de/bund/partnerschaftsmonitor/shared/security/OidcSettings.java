package de.bund.partnerschaftsmonitor.shared.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Single sign-on (Keycloak, AD FS, any OpenID Connect provider) is configured only by environment
 * variables and stays off unless {@code PM_OIDC_ISSUER} is set:
 * <ul>
 *   <li>{@code PM_OIDC_ISSUER}, {@code PM_OIDC_CLIENT_ID}, {@code PM_OIDC_CLIENT_SECRET};</li>
 *   <li>{@code PM_OIDC_ROLES_CLAIM}: the claim with the user's groups or roles, a dotted path for nested
 *       claims such as Keycloak's {@code realm_access.roles} (default {@code roles});</li>
 *   <li>{@code PM_OIDC_ROLE_MAP}: {@code provider-value=ROLE} pairs, comma-separated; without it, claim
 *       values that already are role names ({@code DESK_OFFICER} ...) count;</li>
 *   <li>{@code PM_OIDC_USERNAME_CLAIM} (default {@code preferred_username}).</li>
 * </ul>
 * The browser starts at {@code /oauth/login/sso}; the provider calls back to {@code /oauth/callback/sso}.
 */
public final class OidcSettings {

    public static final String CLIENT = "sso";

    private OidcSettings() {
    }

    public static Map<String, Object> fromEnvironment() {
        return properties(System::getenv);
    }

    static Map<String, Object> properties(Function<String, String> env) {
        String issuer = env.apply("PM_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Map.of();
        }
        Map<String, Object> p = new HashMap<>();
        String prefix = "micronaut.security.oauth2.clients." + CLIENT + ".";
        p.put("micronaut.security.oauth2.enabled", true);
        p.put(prefix + "openid.issuer", issuer);
        p.put(prefix + "client-id", orEmpty(env.apply("PM_OIDC_CLIENT_ID")));
        p.put(prefix + "client-secret", orEmpty(env.apply("PM_OIDC_CLIENT_SECRET")));
        p.put(prefix + "scopes", "openid,profile,email");
        putIfSet(p, "pm.oidc.roles-claim", env.apply("PM_OIDC_ROLES_CLAIM"));
        putIfSet(p, "pm.oidc.role-map", env.apply("PM_OIDC_ROLE_MAP"));
        putIfSet(p, "pm.oidc.username-claim", env.apply("PM_OIDC_USERNAME_CLAIM"));
        return p;
    }

    private static String orEmpty(String v) {
        return v == null ? "" : v;
    }

    private static void putIfSet(Map<String, Object> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value);
        }
    }
}
