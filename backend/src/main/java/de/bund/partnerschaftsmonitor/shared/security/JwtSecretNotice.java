package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without {@code PM_JWT_SECRET} application.yml falls back to a random signing key made at start-up:
 * safe, but sessions end with every restart and several instances cannot share them. Say so.
 */
@Singleton
class JwtSecretNotice {

    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretNotice.class);

    @EventListener
    void onStartup(StartupEvent event) {
        String secret = System.getenv("PM_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            LOG.warn("PM_JWT_SECRET is not set: sessions are signed with a random key made at start-up and end when the "
                    + "application restarts. Set PM_JWT_SECRET (at least 32 random characters) for production and for more than one instance.");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("PM_JWT_SECRET must have at least 32 characters.");
        }
    }
}
