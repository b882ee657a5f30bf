package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static de.bund.partnerschaftsmonitor.shared.Api.problemFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AgreementApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    static Map<String, Object> valid(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "NZ");
        body.put("type", "MOU");
        body.put("titleDe", title);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "SIGNED");
        body.put("dateSigned", "2025-03-01");
        body.put("components", List.of("SKILLED_LABOUR", "VISA_FACILITATION"));
        body.put("involvedMinistries", List.of("BMAS"));
        body.put("sources", List.of(Map.of("field", "dateSigned", "url", "https://example.org/press", "title", "Press release")));
        return body;
    }

    Map<String, Object> create(Map<String, Object> body) {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", body));
        assertThat(response.code()).as("create: %s", response.getBody(Api.JSON)).isEqualTo(201);
        return response.body();
    }

    long storedAgreements() {
        return sql.count("SELECT COUNT(*) FROM agreements");
    }

    @Test
    void shouldCreateAndReadAnInstrumentWithLocation() {
        String title = "Absichtserklärung " + UUID.randomUUID();
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", valid(title)));

        assertThat(response.code()).isEqualTo(201);
        Object id = response.body().get("id");
        assertThat(response.getHeaders().get("Location")).isEqualTo("/api/agreements/" + id);
        Map<String, Object> read = client.retrieve(HttpRequest.GET("/api/agreements/" + id), Api.JSON);
        assertThat(read).containsEntry("titleDe", title).containsEntry("countryNameDe", "Neuseeland").containsEntry("version", 0)
                .containsEntry("components", List.of("SKILLED_LABOUR", "VISA_FACILITATION"));
        assertThat((List<?>) read.get("sources")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown country      | countryIso2 | QQ",
            "malformed country    | countryIso2 | Kenya",
            "unknown type         | type        | TREATYISH",
            "unknown status       | status      | ALIVE",
            "no title             | titleDe     | ",
            "in force before sign | dateInForce | 2025-02-01",
            "impossible date      | dateSigned  | 2025-02-30",
            "overlong summary     | summaryEn   | LONG",
            "unknown component    | components[0] | TELEPORTATION",
    })
    void shouldRejectInvalidInputNamingTheFieldAndStoreNothing(String name, String field, String value) {
        Map<String, Object> body = valid("Ungültig " + UUID.randomUUID());
        switch (name.strip()) {
            case "no title" -> body.remove("titleDe");
            case "overlong summary" -> body.put("summaryEn", "x".repeat(4001));
            case "unknown component" -> body.put("components", List.of(value));
            default -> body.put(field, value);
        }
        long before = storedAgreements();

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", body));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(problemFields(response)).contains(field);
        assertThat(storedAgreements()).isEqualTo(before);
    }

    @Test
    void shouldKeepAPlannedDateOnlyWhileTheInstrumentIsPlannedOrInNegotiation() {
        Map<String, Object> body = valid("Geplant " + UUID.randomUUID());
        body.put("status", "NEGOTIATING");
        body.remove("dateSigned");
        body.put("plannedDate", "2027-06-30");
        Map<String, Object> created = create(body);
        Object id = created.get("id");
        assertThat(created).containsEntry("plannedDate", "2027-06-30");
        assertThat(sql.count("SELECT COUNT(*) FROM agreements WHERE id = ? AND planned_date = '2027-06-30'", id)).isEqualTo(1);

        // Signed, the negotiation's target would be a deadline nobody can meet: the field is named, nothing is stored.
        Map<String, Object> signed = new HashMap<>(body);
        signed.put("version", 0);
        signed.put("status", "SIGNED");
        signed.put("dateSigned", "2027-05-01");
        HttpResponse<Map<String, Object>> refused = call(client, HttpRequest.PUT("/api/agreements/" + id, signed));
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(Api.problem(refused).get("errors")).asString().contains("field=plannedDate").contains("code=agreement.plannedDate.notUnsigned");
        assertThat(problemFields(refused)).containsExactly("plannedDate");
        assertThat(sql.count("SELECT COUNT(*) FROM agreements WHERE id = ? AND version = 0 AND status = 'NEGOTIATING'", id)).isEqualTo(1);

        Map<String, Object> impossible = valid("Unmöglich " + UUID.randomUUID());
        impossible.put("status", "PLANNED");
        impossible.put("plannedDate", "2027-02-30");
        HttpResponse<Map<String, Object>> nonexistent = call(client, HttpRequest.POST("/api/agreements", impossible));
        assertThat(nonexistent.code()).isEqualTo(400);
        assertThat(Api.problem(nonexistent).get("errors")).asString().contains("field=plannedDate").contains("code=date.nonexistent");

        signed.remove("plannedDate");
        Map<String, Object> done = call(client, HttpRequest.PUT("/api/agreements/" + id, signed)).body();
        assertThat(done).containsEntry("status", "SIGNED").containsEntry("plannedDate", null);
        List<Map<String, Object>> history = client.retrieve(HttpRequest.GET("/api/agreements/" + id + "/history"),
                io.micronaut.core.type.Argument.listOf(Api.JSON));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> changes = (Map<String, Map<String, Object>>) history.get(0).get("changes");
        assertThat(changes.get("plannedDate")).as("emptied: the trail keeps the old date").isEqualTo(Map.of("old", "2027-06-30"));
    }

    @Test
    void shouldNameEveryOffendingFieldInOneAnswer() {
        Map<String, Object> body = valid(null);
        body.remove("titleDe");
        body.put("countryIso2", "QQ");
        body.put("status", "ALIVE");
        body.put("dateInForce", "2020-01-01");

        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.POST("/api/agreements", body));

        assertThat(response.code()).isEqualTo(400);
        assertThat(problemFields(response)).contains("titleDe", "status", "dateInForce");
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblemAndStoreNothing() {
        long before = storedAgreements();
        HttpResponse<Map<String, Object>> response = call(client, Api.rawJson("POST", "/api/agreements", "{\"countryIso2\": \"NZ\", \"titleDe\": "));
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(Api.problem(response).get("detail").toString()).doesNotContain("Exception").doesNotContain("at ");
        assertThat(storedAgreements()).isEqualTo(before);
    }

    @Test
    void shouldAnswerWrongJsonTypeWithAProblem() {
        HttpResponse<Map<String, Object>> response = call(client, Api.rawJson("POST", "/api/agreements", "{\"countryIso2\": {\"a\": 1}, \"components\": 7}"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
    }

    @Test
    void shouldRejectAStaleVersionWith409AndChangeNothing() {
        Map<String, Object> created = create(valid("Konflikt " + UUID.randomUUID()));
        Object id = created.get("id");
        Map<String, Object> first = valid("Erste Änderung");
        first.put("version", 0);
        assertThat(call(client, HttpRequest.PUT("/api/agreements/" + id, first)).code()).isEqualTo(200);

        Map<String, Object> stale = valid("Veraltete Änderung");
        stale.put("version", 0);
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.PUT("/api/agreements/" + id, stale));

        assertThat(response.code()).isEqualTo(409);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> now = client.retrieve(HttpRequest.GET("/api/agreements/" + id), Api.JSON);
        assertThat(now).containsEntry("titleDe", "Erste Änderung").containsEntry("version", 1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'agreement' AND entity_id = ?", id.toString())).isEqualTo(2);
    }

    @Test
    void shouldRecordOldAndNewValuesInTheHistory() {
        Map<String, Object> created = create(valid("Verlauf " + UUID.randomUUID()));
        Object id = created.get("id");
        Map<String, Object> change = valid("Verlauf geändert");
        change.put("version", 0);
        change.put("status", "IN_FORCE");
        change.put("dateInForce", "2025-04-01");
        call(client, HttpRequest.PUT("/api/agreements/" + id, change));

        List<Map<String, Object>> history = client.retrieve(HttpRequest.GET("/api/agreements/" + id + "/history"),
                io.micronaut.core.type.Argument.listOf(Api.JSON));

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> changes = (Map<String, Map<String, Object>>) history.get(0).get("changes");
        assertThat(changes.get("status")).containsEntry("old", "SIGNED").containsEntry("value", "IN_FORCE");
        assertThat(changes).containsKey("titleDe").doesNotContainKey("countryIso2");
    }

    @Test
    void shouldArchiveInsteadOfDeletingAndRestore() {
        String title = "Archiv " + UUID.randomUUID();
        Map<String, Object> created = create(valid(title));
        Object id = created.get("id");

        assertThat(call(client, HttpRequest.DELETE("/api/agreements/" + id)).code()).isEqualTo(204);

        assertThat(list("q=" + title.substring(7)).get("totalSize")).isEqualTo(0);
        assertThat(list("archived=true&q=" + title.substring(7)).get("totalSize")).isEqualTo(1);
        assertThat(client.retrieve(HttpRequest.GET("/api/agreements/" + id), Api.JSON)).containsEntry("archived", true);
        assertThat(sql.count("SELECT COUNT(*) FROM agreements WHERE id = ?", id)).isEqualTo(1);

        HttpResponse<Map<String, Object>> edit = call(client, HttpRequest.PUT("/api/agreements/" + id, withVersion(valid(title), 1)));
        assertThat(edit.code()).isEqualTo(409);

        assertThat(call(client, HttpRequest.POST("/api/agreements/" + id + "/restore", "")).code()).isEqualTo(200);
        assertThat(list("q=" + title.substring(7)).get("totalSize")).isEqualTo(1);
    }

    @Test
    void shouldFilterByCountryTypeStatusComponentAndText() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> treaty = valid("Filter Vertrag " + token);
        treaty.put("type", "TREATY");
        treaty.put("status", "IN_FORCE");
        treaty.put("countryIso2", "IS");
        treaty.put("components", List.of("RETURN_READMISSION"));
        create(treaty);
        create(valid("Filter Erklärung " + token));

        assertThat(list("q=" + token).get("totalSize")).isEqualTo(2);
        assertThat(titles(list("q=" + token + "&type=TREATY"))).containsExactly("Filter Vertrag " + token);
        assertThat(titles(list("q=" + token + "&status=SIGNED"))).containsExactly("Filter Erklärung " + token);
        assertThat(titles(list("q=" + token + "&country=IS"))).containsExactly("Filter Vertrag " + token);
        assertThat(titles(list("q=" + token + "&component=RETURN_READMISSION"))).containsExactly("Filter Vertrag " + token);
        assertThat(titles(list("q=" + token + "&component=SKILLED_LABOUR"))).containsExactly("Filter Erklärung " + token);
    }

    @Test
    void shouldSortAndPage() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        for (String prefix : List.of("C", "A", "B")) {
            create(valid(prefix + " Sortierung " + token));
        }
        Map<String, Object> firstPage = list("q=" + token + "&sort=title,asc&size=2&page=0");
        assertThat(titles(firstPage)).containsExactly("A Sortierung " + token, "B Sortierung " + token);
        assertThat(firstPage.get("totalSize")).isEqualTo(3);
        assertThat(titles(list("q=" + token + "&sort=title,desc&size=2&page=1"))).containsExactly("A Sortierung " + token);
    }

    @Test
    void shouldRejectUnknownFilterValuesAndSortFields() {
        assertThat(problemFields(call(client, HttpRequest.GET("/api/agreements?type=NOPE")))).isNotEmpty();
        assertThat(problemFields(call(client, HttpRequest.GET("/api/agreements?sort=password,asc")))).containsExactly("sort");
    }

    @Test
    void shouldListTheSixteenSeededInstruments() {
        // Seeded real instruments: the seed's form of reference (imports in other tests bring their own), not Musterland's.
        assertThat(sql.count("SELECT COUNT(*) FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE a.external_ref REGEXP '^[A-Z]{2}-[A-Z]{2}-' AND c.fictitious = FALSE")).isEqualTo(16);
        Map<String, Object> kenya = client.retrieve(HttpRequest.GET("/api/agreements?country=KE"), Api.JSON);
        assertThat(titles(kenya)).contains("Deutsch-kenianisches Migrations- und Mobilitätspartnerschaftsabkommen");
    }

    @Test
    void shouldServeTheSinglePageAppForClientRoutesButProblemsForUnknownApiPaths() {
        HttpResponse<String> page = client.exchange(HttpRequest.GET("/agreements/12").accept(MediaType.TEXT_HTML_TYPE), String.class);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");

        HttpResponse<Map<String, Object>> api = call(client, HttpRequest.GET("/api/nothing-here"));
        assertThat(api.code()).isEqualTo(404);
        assertThat(api.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
    }

    private Map<String, Object> list(String query) {
        return client.retrieve(HttpRequest.GET("/api/agreements?" + query.replace(" ", "%20")), Api.JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> titles(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("content")).stream().map(r -> r.get("titleDe")).toList();
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        body.put("version", version);
        return body;
    }
}
