package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CatalogControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    long draft() {
        return ((Number) Api.send(client, admin(HttpRequest.POST("/api/catalogs", Map.of("label", "Test draft")))).get("id")).longValue();
    }

    /** The request that writes a criterion back as it was read. */
    static Map<String, Object> criterionBody(Map<String, Object> criterion) {
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("group", "core", "nameEn", "nameDe", "questionEn", "questionDe", "scaleEn", "scaleDe", "legalReferences",
                "keywordsDe", "keywordsEn", "version")) {
            body.put(key, criterion.get(key));
        }
        return body;
    }

    @Test
    void shouldListTwelveCriteriaWithCoreFirstAndSourcesKept() {
        Map<String, Object> criteria = Api.get(client, "/api/criteria");
        List<Map<String, Object>> list = listOf(criteria, "criteria");
        assertThat(list).hasSize(12);
        assertThat(list.subList(0, 4)).extracting(c -> c.get("id")).containsExactly("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "CAPACITY");
        assertThat(list.subList(0, 4)).allSatisfy(c -> assertThat(c).containsEntry("core", true));
        Map<String, Object> dp = list.get(0);
        assertThat(dp).containsEntry("nameDe", "Datenschutz-Grundklausel").containsEntry("group", "G1");
        assertThat((String) dp.get("questionDe")).startsWith("Enthält das Instrument eine eigene Klausel");
        assertThat((List<?>) dp.get("scaleEn")).hasSize(4);
        assertThat((List<?>) dp.get("scaleDe")).hasSize(4);
        assertThat(listOf(dp, "legalReferences")).first().satisfies(r -> {
            assertThat(r).containsEntry("verifiedInSession", true);
            assertThat((String) r.get("source")).startsWith("https://");
        });
        assertThat(listOf(criteria, "groups")).hasSize(5);
        assertThat(listOf(criteria, "gatingRules")).hasSize(4);
    }

    @Test
    void shouldListFiveProfilesWithBalancedDefaultAndSoftCap() {
        List<Map<String, Object>> profiles = Api.list(client, "/api/profiles");
        assertThat(profiles).hasSize(5);
        assertThat(profiles).filteredOn(p -> Boolean.TRUE.equals(p.get("isDefault"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("code", "balanced"));
        assertThat(profiles).filteredOn(p -> "soft_instrument_normalised".equals(p.get("code"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("capsSoftInstruments", true));
    }

    @Test
    void shouldRejectEditsOfPublishedCatalogueWith409() {
        Map<String, Object> dp = listOf(Api.get(client, "/api/catalogs/1"), "criteria").get(0);
        problem(client, admin(HttpRequest.PUT("/api/catalogs/1/criteria/DP-BASE", criterionBody(dp))), 409);
        problem(client, admin(HttpRequest.POST("/api/catalogs/1/publish", Map.of())), 409);
        problem(client, admin(HttpRequest.PUT("/api/catalogs/1/profiles/balanced", Map.of("version", 0, "weights", Map.of("G1", 1)))), 409);
    }

    @Test
    void shouldAddEditAndRetireCriteriaInDraft() {
        long id = draft();
        Map<String, Object> draft = Api.get(client, "/api/catalogs/" + id);
        assertThat(draft).containsEntry("status", "DRAFT");
        assertThat(listOf(draft, "criteria")).hasSize(12);
        Map<String, Object> added = Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/CONSENT", Map.of(
                "group", "G2", "nameEn", "Consent", "questionEn", "Is consent required?", "scaleEn", List.of("a", "b", "c", "d")))));
        assertThat(added).containsEntry("id", "CONSENT").containsEntry("version", 0);
        assertThat((List<?>) added.get("scaleDe")).hasSize(4).containsOnlyNulls();
        Map<String, Object> nondisc = listOf(draft, "criteria").stream().filter(c -> "NONDISC".equals(c.get("id"))).findFirst().orElseThrow();
        Map<String, Object> retire = criterionBody(nondisc);
        retire.put("retired", true);
        assertThat(Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/NONDISC", retire)))).containsEntry("retired", true);
        problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/NONDISC", retire)), 409);
        Map<String, Object> bad = Map.of("group", "G9", "nameEn", "", "questionEn", "q", "scaleEn", List.of("a"), "scaleDe", List.of("a", "b"));
        assertThat(fields(problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/X-1", bad)), 400)))
                .contains("group", "nameEn", "scaleEn", "scaleDe");
        Map<String, Object> reloaded = Api.get(client, "/api/catalogs/" + id);
        assertThat(listOf(reloaded, "groups")).filteredOn(g -> "G2".equals(g.get("code"))).singleElement()
                .satisfies(g -> assertThat(Api.strings(g.get("criterionIds"))).contains("CONSENT").doesNotContain("NONDISC"));
    }

    @Test
    void shouldValidateWeightsAndPublishDraftWhichThenNeverChanges() {
        long id = draft();
        long version = ((Number) Api.get(client, "/api/catalogs/" + id).get("version")).longValue();
        Map<String, Object> wrongSum = Map.of("version", version, "weights", Map.of("G1", 0.5, "G2", 0.5, "G3", 0.5, "G4", 0, "G5", 0));
        assertThat(fields(problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/profiles/balanced", wrongSum)), 400))).containsExactly("weights");
        Map<String, Object> same = Map.of("version", version, "weights", Map.of("G1", 0.3, "G2", 0.25, "G3", 0.2, "G4", 0.1, "G5", 0.15));
        assertThat(Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/profiles/balanced", same)))).containsEntry("code", "balanced");
        problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/profiles/balanced", same)), 409);
        Map<String, Object> published = Api.send(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())));
        assertThat(published).containsEntry("status", "PUBLISHED");
        assertThat(published.get("publishedAt")).isNotNull();
        assertThat(Api.get(client, "/api/criteria")).containsEntry("catalogVersionId", (int) id);
        Map<String, Object> dp = listOf(published, "criteria").get(0);
        problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", criterionBody(dp))), 409);
        assertThat(Api.list(client, "/api/catalogs")).extracting(c -> ((Number) c.get("id")).longValue()).contains(1L, id);
    }

    /** Catalogue versions are the administrators' business. */
    private static <T> io.micronaut.http.MutableHttpRequest<T> admin(io.micronaut.http.MutableHttpRequest<T> request) {
        return request.header(TestAuth.HEADER, TestAuth.as("test.admin", "ADMIN"));
    }
}
