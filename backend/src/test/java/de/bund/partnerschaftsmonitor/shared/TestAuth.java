package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.security.token.generator.TokenGenerator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 * The marker header is removed before the request leaves.
 */
@ClientFilter("/api/**")
public class TestAuth implements Ordered {

    public static final String HEADER = "X-Test-As";
    public static final String ANONYMOUS = "anonymous";
    public static final String DEFAULT_USER = "test.desk";

    private final TokenGenerator tokens;

    TestAuth(TokenGenerator tokens) {
        this.tokens = tokens;
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

    /** A valid session token for {@code username}; what a successful sign-in would hand out. */
    public String token(String username, List<String> roles) {
        long now = System.currentTimeMillis() / 1000;
        return tokens.generateToken(Map.of("sub", username, "roles", roles, "iat", now, "nbf", now, "exp", now + 3600))
                .orElseThrow(() -> new IllegalStateException("no token generator"));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
