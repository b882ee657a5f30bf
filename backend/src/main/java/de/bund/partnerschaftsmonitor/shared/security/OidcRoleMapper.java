package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.AuthenticationModeConfiguration;
import io.micronaut.security.oauth2.configuration.OpenIdAdditionalClaimsConfiguration;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.core.async.publisher.Publishers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Turns the provider's claims into our roles (see {@link OidcSettings}). A person with none of our
 * roles is not signed in; only the user name and roles go into our session token, not the provider's tokens. The
 * person gets an account (roles kept in step with the provider's), so that sign-out and disabling reach them too.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
public class OidcRoleMapper extends DefaultOpenIdAuthenticationMapper {

    private static final Logger LOG = LoggerFactory.getLogger(OidcRoleMapper.class);

    private final String rolesClaim;
    private final String usernameClaim;
    private final Map<String, String> roleMap;
    private final AccountSessions sessions;
    private final ExecutorService blocking;

    OidcRoleMapper(OpenIdAdditionalClaimsConfiguration additionalClaims, AuthenticationModeConfiguration mode,
                   @Value("${pm.oidc.roles-claim:roles}") String rolesClaim,
                   @Value("${pm.oidc.username-claim:preferred_username}") String usernameClaim,
                   @Value("${pm.oidc.role-map:}") String roleMap,
                   AccountSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        super(additionalClaims, mode);
        this.sessions = sessions;
        this.blocking = blocking;
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
        this.roleMap = parse(roleMap);
    }

    static Map<String, String> parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String role = pair.substring(eq + 1).trim();
                if (!Role.isRole(role)) {
                    throw new IllegalArgumentException("PM_OIDC_ROLE_MAP names an unknown role: " + role);
                }
                map.put(pair.substring(0, eq).trim(), role);
            }
        }
        return map;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        List<String> roles = getRoles(providerName, tokenResponse, claims);
        String username = getUsername(providerName, tokenResponse, claims);
        if (roles.isEmpty()) {
            LOG.warn("Single sign-on for {} refused: no role in claim '{}' maps to an application role", username, rolesClaim);
            return Publishers.just(AuthenticationResponse.failure("No role in this application."));
        }
        // The account check on every request needs an account: made or updated here, off the event loop.
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            if (!sessions.signInExternal(username, roles)) {
                LOG.warn("Single sign-on for {} refused: the account is disabled", username);
                return AuthenticationResponse.failure("This account is disabled.");
            }
            return AuthenticationResponse.success(username, roles, Map.of("provider", providerName));
        }, blocking));
    }

    @Override
    protected List<String> getRoles(String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims) {
        Set<String> roles = new LinkedHashSet<>();
        for (String value : claimValues(claims.getClaims(), rolesClaim)) {
            String role = roleMap.isEmpty() ? value : roleMap.get(value);
            if (role != null && Role.isRole(role)) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }

    @Override
    protected String getUsername(String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims) {
        Object name = claims.getClaims().get(usernameClaim);
        return name instanceof String s && !s.isBlank() ? s : claims.getSubject();
    }

    /** Follows a dotted path ({@code realm_access.roles}); accepts a list or a single string. */
    static List<String> claimValues(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return List.of();
            }
            current = map.get(part);
        }
        List<String> values = new ArrayList<>();
        if (current instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (current instanceof String s) {
            values.add(s);
        }
        return values;
    }
}
