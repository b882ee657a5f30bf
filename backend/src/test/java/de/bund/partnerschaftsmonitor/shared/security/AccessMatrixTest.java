package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static de.bund.partnerschaftsmonitor.shared.security.Role.ADMIN;
import static de.bund.partnerschaftsmonitor.shared.security.Role.DESK_OFFICER;
import static de.bund.partnerschaftsmonitor.shared.security.Role.DEVCOOP_REVIEWER;
import static de.bund.partnerschaftsmonitor.shared.security.Role.LEADERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role and anonymous. Anonymous gets 401, a role that may not gets 403, a role
 * that may gets exactly what the endpoint answers that request (a write with an empty body 400, an
 * unknown id 404, a switched-off management endpoint 404), never a 500. Paths of features still being built are listed as paths: they
 * must be closed correctly before their controllers exist. Add a row for every new endpoint.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest implements DatabaseTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> DESK = EnumSet.of(DESK_OFFICER);
    private static final Set<Role> REVIEWERS = EnumSet.of(DESK_OFFICER, DEVCOOP_REVIEWER);
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    /**
     * {@code success}: what an allowed caller really gets for the synthetic request (an empty JSON object as the body,
     * ids that do not exist), so that a 500 or any other surprise fails the row. {@code anonymous}: open to everyone.
     */
    record Row(HttpMethod method, String path, Set<Role> allowed, Set<Integer> success, boolean anonymous) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Row row(HttpMethod method, String path, Set<Role> allowed, Integer... success) {
        return new Row(method, path, allowed, Set.of(success), false);
    }

    /** Open to anonymous callers and every role alike. */
    static Row open(HttpMethod method, String path, Integer... success) {
        return new Row(method, path, EVERYONE, Set.of(success), true);
    }

    static final List<Row> MATRIX = List.of(
            // countries
            row(HttpMethod.GET, "/api/countries", EVERYONE, 200),
            row(HttpMethod.GET, "/api/countries/KE", EVERYONE, 200),
            // instruments
            row(HttpMethod.GET, "/api/agreements", EVERYONE, 200),
            row(HttpMethod.GET, "/api/agreements/999999", EVERYONE, 404),
            row(HttpMethod.GET, "/api/agreements/999999/history", EVERYONE, 404),
            row(HttpMethod.GET, "/api/agreements/999999/passages?criterion=DP-BASE", EVERYONE, 404),
            row(HttpMethod.GET, "/api/search?q=Abkommen", EVERYONE, 200),
            row(HttpMethod.POST, "/api/agreements", DESK, 400),
            row(HttpMethod.PUT, "/api/agreements/999999", DESK, 404),
            row(HttpMethod.DELETE, "/api/agreements/999999", DESK, 404),
            row(HttpMethod.POST, "/api/agreements/999999/restore", DESK, 404),
            // documents of an instrument
            row(HttpMethod.GET, "/api/agreements/999999/documents", EVERYONE, 404),
            row(HttpMethod.POST, "/api/agreements/999999/documents", DESK, 415),
            row(HttpMethod.GET, "/api/documents/999999", EVERYONE, 404),
            row(HttpMethod.GET, "/api/documents/999999/original", EVERYONE, 404),
            row(HttpMethod.DELETE, "/api/documents/999999", DESK, 404),
            // assessments and four-eyes review (other branch)
            row(HttpMethod.GET, "/api/agreements/999999/assessments", EVERYONE, 404),
            row(HttpMethod.GET, "/api/agreements/999999/assessments/1", EVERYONE, 405),
            row(HttpMethod.POST, "/api/agreements/999999/assessments", DESK, 405),
            row(HttpMethod.PUT, "/api/agreements/999999/assessments/1", DESK, 404),
            row(HttpMethod.DELETE, "/api/agreements/999999/assessments/1", DESK, 405),
            row(HttpMethod.POST, "/api/agreements/999999/assessments/1/submit", DESK, 404),
            row(HttpMethod.POST, "/api/agreements/999999/assessments/1/approve", REVIEWERS, 400),
            row(HttpMethod.POST, "/api/agreements/999999/assessments/1/return", REVIEWERS, 400),
            row(HttpMethod.POST, "/api/agreements/999999/assessments/1/comments", REVIEWERS, 400),
            row(HttpMethod.GET, "/api/agreements/999999/assessments/1/comments", EVERYONE, 404),
            row(HttpMethod.GET, "/api/reviews", REVIEWERS, 200),
            row(HttpMethod.GET, "/api/reviews?page=1&size=10", REVIEWERS, 200),
            row(HttpMethod.GET, "/api/reviews/returned", REVIEWERS, 200),
            // catalogue and scorecards (other branch)
            row(HttpMethod.GET, "/api/catalogs", EVERYONE, 200),
            row(HttpMethod.GET, "/api/catalogs/1", EVERYONE, 200),
            row(HttpMethod.POST, "/api/catalogs", ADMINS, 400),
            row(HttpMethod.PUT, "/api/catalogs/1", ADMINS, 405),
            row(HttpMethod.POST, "/api/catalogs/1/publish", ADMINS, 409),
            row(HttpMethod.GET, "/api/scorecards", EVERYONE, 200),
            row(HttpMethod.GET, "/api/countries/KE/scorecard", EVERYONE, 200),
            row(HttpMethod.GET, "/api/countries/KE/scorecard?includeDrafts=true", EVERYONE, 200),
            row(HttpMethod.GET, "/api/scorecards?includeDrafts=true", EVERYONE, 200),
            row(HttpMethod.GET, "/api/agreements/999999/score?includeDrafts=true", EVERYONE, 404),
            row(HttpMethod.GET, "/api/countries/KE/scorecard/history", EVERYONE, 200),
            row(HttpMethod.GET, "/api/agreements/999999/score/history", EVERYONE, 404),
            row(HttpMethod.GET, "/api/criteria", EVERYONE, 200),
            row(HttpMethod.GET, "/api/profiles", EVERYONE, 200),
            row(HttpMethod.PUT, "/api/catalogs/1/criteria/DATA_PROTECTION", ADMINS, 409),
            row(HttpMethod.PUT, "/api/catalogs/1/profiles/DEFAULT", ADMINS, 409),
            row(HttpMethod.PUT, "/api/catalogs/1/gating-rules/BIOMETRICS_DP_BASE", ADMINS, 409),
            row(HttpMethod.POST, "/api/scorecards", EnumSet.noneOf(Role.class)),
            row(HttpMethod.POST, "/api/scorecards/recompute", ADMINS, 200),
            // bulk import and open data
            row(HttpMethod.POST, "/api/agreements/import", DESK, 415),
            row(HttpMethod.GET, "/api/agreements/import/template", EVERYONE, 200),
            row(HttpMethod.GET, "/api/open-data/releases", EVERYONE, 200),
            row(HttpMethod.GET, "/api/open-data/releases/999999", EVERYONE, 404),
            row(HttpMethod.POST, "/api/open-data/releases", ADMINS, 201),
            // one-page briefs (PDF): readers as the scorecard's
            row(HttpMethod.GET, "/api/countries/QQ/brief", EVERYONE, 404),
            row(HttpMethod.GET, "/api/compare/brief?countries=KE", EVERYONE, 400),
            // own session
            row(HttpMethod.GET, "/api/me", EVERYONE, 200),
            row(HttpMethod.PUT, "/api/me/language", EVERYONE, 400),
            // deadlines and the personal calendar feed; the feed itself is open (its token is the credential), nothing else there
            row(HttpMethod.GET, "/api/deadlines", EVERYONE, 200),
            row(HttpMethod.GET, "/api/deadlines?country=XX", EVERYONE, 400),
            row(HttpMethod.GET, "/api/me/calendar", EVERYONE, 200),
            row(HttpMethod.DELETE, "/api/me/calendar", EVERYONE, 204),
            row(HttpMethod.POST, "/api/me/calendar", EnumSet.noneOf(Role.class)),
            open(HttpMethod.GET, "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", 404),
            open(HttpMethod.GET, "/calendar/nothing.ics", 404),
            row(HttpMethod.POST, "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", EnumSet.noneOf(Role.class)),
            row(HttpMethod.DELETE, "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", EnumSet.noneOf(Role.class)),
            // audit and accounts
            row(HttpMethod.GET, "/api/audit", ADMINS, 200),
            row(HttpMethod.GET, "/api/audit?entity=agreement", ADMINS, 200),
            row(HttpMethod.DELETE, "/api/audit/1", EnumSet.noneOf(Role.class)),
            row(HttpMethod.PUT, "/api/audit/1", EnumSet.noneOf(Role.class)),
            row(HttpMethod.GET, "/api/accounts", ADMINS, 200),
            row(HttpMethod.GET, "/api/accounts/999999", ADMINS, 404),
            row(HttpMethod.POST, "/api/accounts", ADMINS, 400),
            row(HttpMethod.PUT, "/api/accounts/999999", ADMINS, 404),
            // sign-in, sign-out and health: open
            open(HttpMethod.POST, "/login", 400, 401),
            open(HttpMethod.POST, "/logout", 200, 204),
            open(HttpMethod.GET, "/logout", 405),
            open(HttpMethod.GET, "/health", 200),
            open(HttpMethod.GET, "/health/liveness", 200),
            open(HttpMethod.GET, "/health/readiness", 200),
            // other management endpoints are switched off; were one switched on, it would be for administrators
            row(HttpMethod.GET, "/routes", ADMINS, 404),
            row(HttpMethod.GET, "/beans", ADMINS, 404),
            row(HttpMethod.GET, "/threaddump", ADMINS, 404),
            row(HttpMethod.GET, "/flyway", ADMINS, 404),
            row(HttpMethod.GET, "/info", ADMINS, 404),
            row(HttpMethod.GET, "/env", ADMINS, 404),
            row(HttpMethod.GET, "/loggers", ADMINS, 404),
            row(HttpMethod.POST, "/refresh", ADMINS, 404),
            row(HttpMethod.GET, "/token_info", ADMINS, 404),
            row(HttpMethod.POST, "/token_info", ADMINS, 404),
            row(HttpMethod.DELETE, "/api/accounts/999999/lock", ADMINS, 404),
            // accessibility feedback: anyone sends, administrators read and mark
            open(HttpMethod.POST, "/api/feedback", 400),
            row(HttpMethod.GET, "/api/feedback", ADMINS, 200),
            row(HttpMethod.GET, "/api/feedback/999999", ADMINS, 404),
            row(HttpMethod.PUT, "/api/feedback/999999", ADMINS, 400),
            // unknown API writes stay closed
            row(HttpMethod.POST, "/api/countries", EnumSet.noneOf(Role.class)),
            row(HttpMethod.POST, "/api/something-new", EnumSet.noneOf(Role.class)));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Inject
    TestAuth auth;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : MATRIX) {
            cases.add(Arguments.of(row, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(row, role));
            }
        }
        return cases.stream();
    }

    /** Every route the router knows has a row here, so that a new endpoint cannot escape the matrix. */
    @Test
    void shouldHaveARowForEveryRoute() {
        List<String> missing = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD) // every GET route has one; AccessRules treats it as a read
                .filter(route -> MATRIX.stream().noneMatch(row -> row.method() == route.getHttpMethod()
                        && route.match(row.path().replaceAll("\\?.*$", "")).isPresent()))
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate())
                .distinct()
                .sorted()
                .toList();
        assertThat(missing).as("routes without a row in the access matrix").isEmpty();
        assertThat(router.uriRoutes().count()).as("the router lists the API's routes").isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void shouldAllowOnlyTheRolesOfTheMatrix(Row row, Role role) {
        MutableHttpRequest<?> request = row.method() != HttpMethod.GET && row.method() != HttpMethod.DELETE
                ? Api.rawJson(row.method().name(), row.path(), "{}") : HttpRequest.create(row.method(), row.path());
        // Signed explicitly: the test client signs in only /api/** by itself, and /routes or /login must see the role too.
        request.header(TestAuth.HEADER, TestAuth.ANONYMOUS);
        if (role != null) {
            request.bearerAuth(auth.token("matrix." + role.name().toLowerCase(), List.of(role.name())));
        }
        HttpResponse<?> response = Api.call(client, request);

        if (role == null && !row.anonymous()) {
            assertThat(response.code()).as("anonymous").isEqualTo(401);
        } else if (role == null || row.allowed().contains(role)) {
            assertThat(response.code()).as("%s (body %s)", role, response.getBody(String.class).orElse("")).isIn(row.success());
        } else {
            assertThat(response.code()).as(role.name()).isEqualTo(403);
        }
        if (response.code() == 401 || response.code() == 403) {
            assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        }
    }
}
