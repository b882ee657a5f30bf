package de.bund.partnerschaftsmonitor.shared;

import de.bund.partnerschaftsmonitor.account.SessionAccountCheck;
import de.bund.partnerschaftsmonitor.shared.security.SessionClaimsGenerator;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.security.token.generator.TokenGenerator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: signs in every test client request to {@code /api/**} as {@value #DEFAULT_USER} with
 * role DESK_OFFICER, so that API tests written before security keep working unchanged. The token is
 * minted with the application's own {@link TokenGenerator}, exactly as a real sign-in would be.
 * <ul>
 *   <li>a request that already has an {@code Authorization} header or a session cookie is left alone;</li>
 *   <li>{@code X-Test-As: anonymous} sends it without credentials;</li>
 *   <li>{@code X-Test-As: some.user:ROLE_A,ROLE_B} signs it in as that user with those roles
 *       ({@link #as(String, String...)} builds the value).</li>
 * </ul>
 * The marker header is removed before the request leaves. The server checks every session's account (it must exist,
 * be enabled and hold the token's roles), so the account is made, or given the missing roles, first; roles are only
 * ever added, so that a token minted earlier for the same name keeps what it had.
 */
@ClientFilter("/api/**")
public class TestAuth implements Ordered {

    public static final String HEADER = "X-Test-As";
    public static final String ANONYMOUS = "anonymous";
    public static final String DEFAULT_USER = "test.desk";

    /** "name" and "name:ROLE" already in the database; the test database lives as long as the JVM. */
    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();

    private final TokenGenerator tokens;
    private final SessionAccountCheck sessions;
    private final DataSource dataSource;
    private final String issuer;

    TestAuth(TokenGenerator tokens, SessionAccountCheck sessions, DataSource dataSource, ApplicationConfiguration application) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.issuer = application.getName().orElseThrow();
    }

    public static String as(String username, String... roles) {
        return username + ":" + String.join(",", roles);
    }

    @RequestFilter
    void signIn(MutableHttpRequest<?> request) {
        String as = request.getHeaders().get(HEADER);
        request.getHeaders().remove(HEADER);
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getHeaders().getAll(HttpHeaders.COOKIE).stream().anyMatch(c -> c.contains("PM_SESSION="))
                || ANONYMOUS.equals(as)) {
            return;
        }
        String username = DEFAULT_USER;
        List<String> roles = List.of("DESK_OFFICER");
        if (as != null) {
            int colon = as.indexOf(':');
            username = colon < 0 ? as : as.substring(0, colon);
            roles = colon < 0 ? List.of() : Arrays.stream(as.substring(colon + 1).split(",")).filter(r -> !r.isBlank()).toList();
        }
        request.bearerAuth(token(username, roles));
    }

    /** A valid session token for {@code username}, whose account it makes if needed; what a sign-in would hand out. */
    public String token(String username, List<String> roles) {
        ensureAccount(username, roles);
        long millis = System.currentTimeMillis();
        long now = millis / 1000;
        return tokens.generateToken(Map.of("sub", username, "roles", roles, "iat", now, "nbf", now, "exp", now + 3600,
                        "iss", issuer, "jti", UUID.randomUUID().toString(), SessionClaimsGenerator.SIGNED_IN_MILLIS, millis))
                .orElseThrow(() -> new IllegalStateException("no token generator"));
    }

    private void ensureAccount(String username, List<String> roles) {
        if (ENSURED.contains(username) && roles.stream().allMatch(r -> ENSURED.contains(username + ":" + r))) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement account = c.prepareStatement(
                     "INSERT IGNORE INTO accounts (username, display_name, password_hash, enabled) VALUES (?, ?, '!test-only', TRUE)");
             PreparedStatement role = c.prepareStatement(
                     "INSERT IGNORE INTO account_roles (account_id, role) SELECT id, ? FROM accounts WHERE username = ?")) {
            account.setString(1, username);
            account.setString(2, username);
            account.executeUpdate();
            for (String r : roles) {
                role.setString(1, r);
                role.setString(2, username);
                role.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the test account " + username, e);
        }
        sessions.forget(username);
        ENSURED.add(username);
        roles.forEach(r -> ENSURED.add(username + ":" + r));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
