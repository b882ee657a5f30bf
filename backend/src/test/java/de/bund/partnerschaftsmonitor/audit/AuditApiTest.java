package de.bund.partnerschaftsmonitor.audit;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuditApiTest implements DatabaseTest {

    static final String ADMIN = TestAuth.as("audit.admin", "ADMIN");

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    /** Creates an instrument as a signed-in desk officer and returns its id. */
    String createAs(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "GH");
        body.put("titleDe", "Audit " + UUID.randomUUID());
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "SIGNED");
        HttpResponse<Map<String, Object>> created = call(client, HttpRequest.POST("/api/agreements", body)
                .header(TestAuth.HEADER, TestAuth.as(username, "DESK_OFFICER")));
        assertThat(created.code()).as("%s", created.getBody(Api.JSON)).isEqualTo(201);
        return created.body().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> audit(String query) {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/audit" + query).header(TestAuth.HEADER, ADMIN));
        assertThat(response.code()).as("%s", response.getBody(Api.JSON)).isEqualTo(200);
        return (List<Map<String, Object>>) response.body().get("content");
    }

    @Test
    void shouldRecordTheSignedInUserAsActor() {
        String actor = "desk." + UUID.randomUUID().toString().substring(0, 8);
        String id = createAs(actor);

        List<Map<String, Object>> events = audit("?entity=agreement&entityId=" + id);

        assertThat(events).singleElement().satisfies(e -> assertThat(e).containsEntry("actor", actor).containsEntry("action", "CREATE"));
    }

    @Test
    void shouldFilterByActorAndTimeNewestFirst() {
        String actor = "desk." + UUID.randomUUID().toString().substring(0, 8);
        String first = createAs(actor);
        String second = createAs(actor);

        assertThat(audit("?actor=" + actor)).extracting(e -> e.get("entityId")).containsExactly(second, first);
        assertThat(audit("?actor=" + actor + "&from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1))).hasSize(2);
        assertThat(audit("?actor=" + actor + "&from=" + LocalDate.now().plusDays(2))).isEmpty();
        assertThat(audit("?actor=" + actor + "&to=" + LocalDate.now().minusDays(2))).isEmpty();
        assertThat(audit("?actor=" + actor + "&size=1")).hasSize(1);
        assertThat(audit("?actor=nobody." + UUID.randomUUID())).isEmpty();
    }

    @Test
    void shouldRejectAnUnreadableDate() {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/audit?from=yesterday").header(TestAuth.HEADER, ADMIN));
        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.problemFields(response)).containsExactly("from");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNameAPeriodThatEndsBeforeItStarts() {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/audit?from=2026-03-02&to=2026-03-01").header(TestAuth.HEADER, ADMIN));
        assertThat(response.code()).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.problem(response).get("errors");
        assertThat(errors).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactly("to:audit.period.order");
        // One day, from and to the same date, is a valid period.
        assertThat(call(client, HttpRequest.GET("/api/audit?from=2026-03-01&to=2026-03-01").header(TestAuth.HEADER, ADMIN)).code()).isEqualTo(200);
    }

    @Test
    void shouldOfferNoWayToChangeOrDeleteEvents() {
        assertThat(call(client, HttpRequest.DELETE("/api/audit/1").header(TestAuth.HEADER, ADMIN)).code()).isEqualTo(403);
        assertThat(call(client, HttpRequest.PUT("/api/audit/1", Map.of()).header(TestAuth.HEADER, ADMIN)).code()).isEqualTo(403);
    }
}
