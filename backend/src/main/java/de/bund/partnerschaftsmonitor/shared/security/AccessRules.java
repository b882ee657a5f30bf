package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that says who may call what. Rules are read top to bottom; the first whose method
 * and path pattern match decides. Anything under {@code /api/} that no rule names is refused, so a new
 * write endpoint is closed until a rule here opens it. It runs before every other security rule, so
 * controllers need no {@code @Secured}.
 */
@Singleton
public class AccessRules implements SecurityRule<HttpRequest<?>> {

    /** {@code null} permission: open to everyone, signed in or not. */
    record Rule(Set<HttpMethod> methods, String pattern, @Nullable Permission permission) {
    }

    private static final Set<HttpMethod> READS = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<HttpMethod> WRITES = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<HttpMethod> POST = EnumSet.of(HttpMethod.POST);
    private static final Set<HttpMethod> ANY = EnumSet.allOf(HttpMethod.class);

    static final List<Rule> RULES = List.of(
            new Rule(POST, "/login", null),
            new Rule(POST, "/logout", null),
            new Rule(READS, "/oauth/**", null),
            new Rule(POST, "/api/feedback", null),
            new Rule(ANY, "/api/feedback", Permission.HANDLE_FEEDBACK),
            new Rule(ANY, "/api/feedback/**", Permission.HANDLE_FEEDBACK),
            new Rule(ANY, "/api/accounts/**", Permission.MANAGE_ACCOUNTS),
            new Rule(ANY, "/api/accounts", Permission.MANAGE_ACCOUNTS),
            new Rule(READS, "/api/audit/**", Permission.READ_AUDIT),
            new Rule(READS, "/api/audit", Permission.READ_AUDIT),
            new Rule(POST, "/api/agreements/*/assessments/*/approve", Permission.REVIEW_ASSESSMENTS),
            new Rule(POST, "/api/agreements/*/assessments/*/return", Permission.REVIEW_ASSESSMENTS),
            new Rule(POST, "/api/agreements/*/assessments/*/comments", Permission.REVIEW_ASSESSMENTS),
            new Rule(POST, "/api/agreements/*/assessments/*/comments/**", Permission.REVIEW_ASSESSMENTS),
            new Rule(WRITES, "/api/agreements/*/assessments/**", Permission.EDIT_ASSESSMENTS),
            new Rule(WRITES, "/api/agreements/*/assessments", Permission.EDIT_ASSESSMENTS),
            new Rule(WRITES, "/api/agreements/**", Permission.EDIT_AGREEMENTS),
            new Rule(WRITES, "/api/agreements", Permission.EDIT_AGREEMENTS),
            new Rule(WRITES, "/api/documents/**", Permission.EDIT_AGREEMENTS),
            new Rule(READS, "/api/reviews", Permission.REVIEW_ASSESSMENTS),
            new Rule(READS, "/api/reviews/**", Permission.REVIEW_ASSESSMENTS),
            new Rule(POST, "/api/scorecards/recompute", Permission.EDIT_CATALOGS),
            new Rule(WRITES, "/api/open-data/**", Permission.PUBLISH_OPEN_DATA),
            new Rule(WRITES, "/api/catalogs/**", Permission.EDIT_CATALOGS),
            new Rule(WRITES, "/api/catalogs", Permission.EDIT_CATALOGS),
            new Rule(EnumSet.of(HttpMethod.DELETE), "/api/me/calendar", Permission.READ),
            new Rule(EnumSet.of(HttpMethod.PUT), "/api/me/language", Permission.READ),
            new Rule(READS, "/api/**", Permission.READ),
            new Rule(READS, "/api", Permission.READ),
            new Rule(READS, "/health", null),
            new Rule(READS, "/health/**", null),
            // Management endpoints other than health are switched off (application.yml); switched on, they are for administrators.
            management("/routes"), management("/routes/**"), management("/beans"), management("/beans/**"),
            management("/threaddump"), management("/threaddump/**"), management("/flyway"), management("/flyway/**"),
            management("/info"), management("/info/**"), management("/refresh"), management("/refresh/**"),
            management("/env"), management("/env/**"), management("/loggers"), management("/loggers/**"),
            management("/caches"), management("/caches/**"), management("/stop"), management("/token_info"), management("/keys"),
            // Personal calendar feeds: the secret token in the path is the credential (calendar clients cannot sign in).
            new Rule(READS, "/calendar/*", null),
            // Static UI, OpenAPI document, Swagger UI and health: anonymous reads of everything that is not the API.
            new Rule(READS, "/**", null));

    private static Rule management(String pattern) {
        return new Rule(ANY, pattern, Permission.MANAGE_ACCOUNTS);
    }

    /** Before the annotation and URL-map rules, so that nothing else can open a path this table closes. */
    public static final int ORDER = -1000;

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        return Publishers.just(decide(request.getMethod(), request.getPath(), authentication));
    }

    static SecurityRuleResult decide(HttpMethod method, String path, @Nullable Authentication authentication) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Rule rule : RULES) {
            if (rule.methods().contains(method) && PathMatcher.ANT.matches(rule.pattern(), normalized)) {
                if (rule.permission() == null) {
                    return SecurityRuleResult.ALLOWED;
                }
                return authentication != null && rule.permission().grantedTo(authentication.getRoles())
                        ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED;
            }
        }
        return SecurityRuleResult.REJECTED;
    }

    /**
     * What a call needs, for the API description: empty when it is open to everyone, else the
     * permission; {@link IllegalArgumentException} when no rule names it (it would be refused).
     */
    public static java.util.Optional<Permission> required(HttpMethod method, String path) {
        for (Rule rule : RULES) {
            if (rule.methods().contains(method) && PathMatcher.ANT.matches(rule.pattern(), path)) {
                return java.util.Optional.ofNullable(rule.permission());
            }
        }
        throw new IllegalArgumentException("No access rule for " + method + " " + path);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
