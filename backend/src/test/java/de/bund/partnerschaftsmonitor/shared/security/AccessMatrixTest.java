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
import org.junit.jupiter.api.BeforeAll;
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
 * that may gets anything else (a write with an empty body answers 400, an unknown id 404 — the point
 * is that security let it through). Paths of features still being built are listed as paths: they
 * must be closed correctly before their controllers exist. Add a row for every new endpoint.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest implements DatabaseTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> DESK = EnumSet.of(DESK_OFFICER);
    private static final Set<Role> REVIEWERS = EnumSet.of(DESK_OFFICER, DEVCOOP_REVIEWER);
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    record Row(HttpMethod method, String path, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> MATRIX = List.of(
            // countries
            new Row(HttpMethod.GET, "/api/countries", EVERYONE),
            new Row(HttpMethod.GET, "/api/countries/KE", EVERYONE),
            // instruments
            new Row(HttpMethod.GET, "/api/agreements", EVERYONE),
            new Row(HttpMethod.GET, "/api/agreements/999999", EVERYONE),
            new Row(HttpMethod.GET, "/api/agreements/999999/history", EVERYONE),
            new Row(HttpMethod.POST, "/api/agreements", DESK),
            new Row(HttpMethod.PUT, "/api/agreements/999999", DESK),
            new Row(HttpMethod.DELETE, "/api/agreements/999999", DESK),
            new Row(HttpMethod.POST, "/api/agreements/999999/restore", DESK),
            // assessments and four-eyes review (other branch)
            new Row(HttpMethod.GET, "/api/agreements/999999/assessments", EVERYONE),
            new Row(HttpMethod.GET, "/api/agreements/999999/assessments/1", EVERYONE),
            new Row(HttpMethod.POST, "/api/agreements/999999/assessments", DESK),
            new Row(HttpMethod.PUT, "/api/agreements/999999/assessments/1", DESK),
            new Row(HttpMethod.DELETE, "/api/agreements/999999/assessments/1", DESK),
            new Row(HttpMethod.POST, "/api/agreements/999999/assessments/1/submit", DESK),
            new Row(HttpMethod.POST, "/api/agreements/999999/assessments/1/approve", REVIEWERS),
            new Row(HttpMethod.POST, "/api/agreements/999999/assessments/1/return", REVIEWERS),
            new Row(HttpMethod.POST, "/api/agreements/999999/assessments/1/comments", REVIEWERS),
            new Row(HttpMethod.GET, "/api/agreements/999999/assessments/1/comments", EVERYONE),
            new Row(HttpMethod.GET, "/api/reviews", REVIEWERS),
            new Row(HttpMethod.GET, "/api/reviews?page=1&size=10", REVIEWERS),
            // catalogue and scorecards (other branch)
            new Row(HttpMethod.GET, "/api/catalogs", EVERYONE),
            new Row(HttpMethod.GET, "/api/catalogs/1", EVERYONE),
            new Row(HttpMethod.POST, "/api/catalogs", ADMINS),
            new Row(HttpMethod.PUT, "/api/catalogs/1", ADMINS),
            new Row(HttpMethod.POST, "/api/catalogs/1/publish", ADMINS),
            new Row(HttpMethod.GET, "/api/scorecards", EVERYONE),
            new Row(HttpMethod.GET, "/api/countries/KE/scorecard", EVERYONE),
            new Row(HttpMethod.GET, "/api/countries/KE/scorecard?includeDrafts=true", EVERYONE),
            new Row(HttpMethod.GET, "/api/scorecards?includeDrafts=true", EVERYONE),
            new Row(HttpMethod.GET, "/api/agreements/999999/score?includeDrafts=true", EVERYONE),
            new Row(HttpMethod.POST, "/api/scorecards", EnumSet.noneOf(Role.class)),
            new Row(HttpMethod.POST, "/api/scorecards/recompute", ADMINS),
            // own session
            new Row(HttpMethod.GET, "/api/me", EVERYONE),
            // audit and accounts
            new Row(HttpMethod.GET, "/api/audit", ADMINS),
            new Row(HttpMethod.GET, "/api/audit?entity=agreement", ADMINS),
            new Row(HttpMethod.DELETE, "/api/audit/1", EnumSet.noneOf(Role.class)),
            new Row(HttpMethod.PUT, "/api/audit/1", EnumSet.noneOf(Role.class)),
            new Row(HttpMethod.GET, "/api/accounts", ADMINS),
            new Row(HttpMethod.GET, "/api/accounts/999999", ADMINS),
            new Row(HttpMethod.POST, "/api/accounts", ADMINS),
            new Row(HttpMethod.PUT, "/api/accounts/999999", ADMINS),
            new Row(HttpMethod.DELETE, "/api/accounts/999999/lock", ADMINS),
            // unknown API writes stay closed
            new Row(HttpMethod.POST, "/api/countries", EnumSet.noneOf(Role.class)),
            new Row(HttpMethod.POST, "/api/something-new", EnumSet.noneOf(Role.class)));

    @Inject
    @Client("/")
    HttpClient http;

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

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void shouldAllowOnlyTheRolesOfTheMatrix(Row row, Role role) {
        MutableHttpRequest<?> request = HttpRequest.create(row.method(), row.path())
                .header(TestAuth.HEADER, role == null ? TestAuth.ANONYMOUS : TestAuth.as("matrix." + role.name().toLowerCase(), role.name()));
        if (row.method() != HttpMethod.GET && row.method() != HttpMethod.DELETE) {
            request = Api.rawJson(row.method().name(), row.path(), "{}").header(TestAuth.HEADER,
                    role == null ? TestAuth.ANONYMOUS : TestAuth.as("matrix." + role.name().toLowerCase(), role.name()));
        }
        HttpResponse<?> response = Api.call(client, request);

        if (role == null) {
            assertThat(response.code()).as("anonymous").isEqualTo(401);
        } else if (row.allowed().contains(role)) {
            assertThat(response.code()).as(role.name()).isNotIn(401, 403);
        } else {
            assertThat(response.code()).as(role.name()).isEqualTo(403);
        }
        if (response.code() == 401 || response.code() == 403) {
            assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        }
    }
}
