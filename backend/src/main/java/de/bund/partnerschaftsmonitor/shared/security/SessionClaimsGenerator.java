package de.bund.partnerschaftsmonitor.shared.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Session tokens carry, beside {@code iss} (the application's name), {@code jti} and {@code exp}, the sign-in instant
 * in milliseconds: {@code iat} has whole seconds only, and a sign-in in the same second as a sign-out must count as
 * after it (see {@link SessionAuthenticationFactory}).
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
public class SessionClaimsGenerator extends JWTClaimsSetGenerator {

    public static final String SIGNED_IN_MILLIS = "pm_signed_in";

    SessionClaimsGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
                           @Nullable ClaimsAudienceProvider claimsAudienceProvider, @Nullable ApplicationConfiguration applicationConfiguration) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
    }

    /** The session's id: what its CSRF token is derived from ({@link CsrfFilter}). */
    @Override
    protected void populateJti(JWTClaimsSet.Builder builder) {
        builder.jwtID(UUID.randomUUID().toString());
    }

    @Override
    protected void populateIat(JWTClaimsSet.Builder builder) {
        super.populateIat(builder);
        builder.claim(SIGNED_IN_MILLIS, System.currentTimeMillis());
    }
}
