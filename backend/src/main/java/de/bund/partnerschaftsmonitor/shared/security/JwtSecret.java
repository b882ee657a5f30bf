package de.bund.partnerschaftsmonitor.shared.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * The key that signs sessions: {@code PM_JWT_SECRET}, or without it a random key made at start-up (sessions then end
 * with a restart; {@link JwtSecretNotice} says so). Set here, not in application.yml, because a configuration
 * placeholder cannot have another placeholder as its default: {@code ${PM_JWT_SECRET:${random.uuid}}} resolves to the
 * secret with a "}" appended, and with a second placeholder to a new key at every start.
 */
public final class JwtSecret {

    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    private JwtSecret() {
    }

    public static Map<String, Object> fromEnvironment() {
        return properties(System::getenv);
    }

    static Map<String, Object> properties(Function<String, String> env) {
        String secret = env.apply("PM_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return Map.of(PROPERTY, secret);
    }
}
