package de.bund.partnerschaftsmonitor.shared.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Turns a session token with a valid signature into the request's authentication, or refuses it (401). A valid
 * signature is not enough: the token must be one this application issued ({@code iss}, {@code exp}, {@code iat};
 * {@code nbf} not in the future), and its account must still exist, be enabled and not have signed out since the
 * sign-in. The token's roles count only as far as the account still holds them. Only our own session tokens pass
 * through here (a provider's ID token is checked by the single sign-on flow), which is why these rules are not
 * generic claims validators. Runs on the blocking executor (the JWT validator's default), so the account look-up may
 * touch the database.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class SessionAuthenticationFactory extends DefaultJwtAuthenticationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SessionAuthenticationFactory.class);
    /** Clocks of several instances differ a little. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final AccountSessions sessions;

    SessionAuthenticationFactory(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder,
                                 ApplicationConfiguration application, AccountSessions sessions) {
        super(tokenConfiguration, rolesFinder);
        this.issuer = application.getName().orElseThrow(() -> new IllegalStateException("micronaut.application.name is not set"));
        this.sessions = sessions;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String problem = problem(claims, now);
        if (problem != null) {
            LOG.info("Session token refused: {}", problem);
            return Optional.empty();
        }
        return super.createAuthentication(token).flatMap(authentication -> {
            Optional<List<String>> roles = sessions.rolesNow(authentication.getName(), signedInAt(claims))
                    .map(current -> authentication.getRoles().stream().filter(current::contains).toList());
            if (roles.isEmpty()) {
                LOG.debug("Session of {} refused: account unknown, disabled or signed out since", authentication.getName());
            }
            return roles.map(r -> Authentication.build(authentication.getName(), r, authentication.getAttributes()));
        });
    }

    /** Why the claims are not those of a session this application issued, or {@code null}. */
    String problem(JWTClaimsSet claims, Instant now) {
        if (!issuer.equals(claims.getIssuer())) {
            return "issuer " + claims.getIssuer();
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return "no subject";
        }
        if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(now)) {
            return "no or a past expiry";
        }
        if (claims.getIssueTime() == null || claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            return "no or a future issue time";
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(now.plus(SKEW))) {
            return "not valid before " + notBefore.toInstant();
        }
        return null;
    }

    static Instant signedInAt(JWTClaimsSet claims) {
        Object millis = claims.getClaim(SessionClaimsGenerator.SIGNED_IN_MILLIS);
        return millis instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : claims.getIssueTime().toInstant();
    }
}
