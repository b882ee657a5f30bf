package de.bund.partnerschaftsmonitor.assessment;

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
import static de.bund.partnerschaftsmonitor.shared.Api.rating;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AssessmentControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    long treaty() {
        return Api.createAgreement(client, "NZ", "TREATY", "IN_FORCE", List.of("RETURN_READMISSION"), true);
    }

    String path(long id, String criterion) {
        return "/api/agreements/" + id + "/assessments/" + criterion;
    }

    @Test
    void shouldListEveryCriterionAsNotAssessedWhenNothingIsRated() {
        List<Map<String, Object>> list = Api.list(client, "/api/agreements/" + treaty() + "/assessments");
        assertThat(list).hasSize(12).allSatisfy(a -> assertThat(a).containsEntry("status", "NOT_ASSESSED").containsEntry("level", null));
        assertThat(list.subList(0, 4)).extracting(a -> a.get("criterionId")).containsExactly("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "CAPACITY");
    }

    @Test
    void shouldStoreRatingWithAssessorAndCatalogueVersionWhenValid() {
        long id = treaty();
        Map<String, Object> saved = Api.rate(client, id, "DP-BASE", rating(2, null));
        assertThat(saved).containsEntry("status", "ASSESSED").containsEntry("level", 2).containsEntry("assessedBy", TestAuth.DEFAULT_USER)
                .containsEntry("confidence", "MEDIUM").containsEntry("version", 0);
        assertThat(saved.get("catalogVersionId")).isNotNull();
        assertThat(Api.list(client, "/api/agreements/" + id + "/assessments").get(0)).containsEntry("level", 2);
        List<Map<String, Object>> audit = Api.list(client, "/api/agreements/" + id + "/history");
        assertThat(audit).isNotNull();
    }

    @Test
    void shouldRejectLevelOutOfRangeAndBadDateNamingEveryField() {
        Map<String, Object> body = rating(5, null);
        body.put("evidence", Map.of("reference", "Art. 1", "quote", "x", "source", "y", "asOf", "2025-02-30x"));
        body.put("confidence", "SURE");
        Map<String, Object> p = problem(client, HttpRequest.PUT(path(treaty(), "DP-BASE"), body), 400);
        assertThat(fields(p)).contains("level", "evidence.asOf", "confidence");
        Map<String, Object> impossible = rating(1, null);
        impossible.put("evidence", Map.of("reference", "Art. 1", "quote", "x", "source", "y", "asOf", "2025-02-30"));
        assertThat(fields(problem(client, HttpRequest.PUT(path(treaty(), "DP-BASE"), impossible), 400))).containsExactly("evidence.asOf");
    }

    @Test
    void shouldRequireReasonWhenNotApplicable() {
        Map<String, Object> body = new HashMap<>(Map.of("notApplicable", true, "confidence", "HIGH"));
        assertThat(fields(problem(client, HttpRequest.PUT(path(treaty(), "BIOMETRICS"), body), 400))).containsExactly("notApplicableReason");
        body.put("notApplicableReason", "The instrument does not deal with biometric data.");
        assertThat(Api.rate(client, treaty(), "BIOMETRICS", body)).containsEntry("status", "NOT_APPLICABLE").containsEntry("level", null);
    }

    @Test
    void shouldRequireEvidenceWhenLevelAboveZero() {
        Map<String, Object> body = new HashMap<>(Map.of("level", 2, "notApplicable", false, "confidence", "LOW"));
        assertThat(fields(problem(client, HttpRequest.PUT(path(treaty(), "PURPOSE"), body), 400)))
                .containsExactlyInAnyOrder("evidence.reference", "evidence.quote", "evidence.source", "evidence.asOf");
    }

    @Test
    void shouldRequireWhereTheAssessorLookedWhenLevelZero() {
        Map<String, Object> body = new HashMap<>(Map.of("level", 0, "notApplicable", false, "confidence", "LOW",
                "evidence", Map.of("quote", "nothing")));
        assertThat(fields(problem(client, HttpRequest.PUT(path(treaty(), "PURPOSE"), body), 400))).containsExactly("evidence");
        body.put("evidence", Map.of("source", "https://example.org/summary"));
        assertThat(Api.rate(client, treaty(), "PURPOSE", body)).containsEntry("level", 0);
    }

    @Test
    void shouldAnswer404WhenCriterionIsUnknown() {
        problem(client, HttpRequest.PUT(path(treaty(), "NO-SUCH"), rating(1, null)), 404);
        problem(client, HttpRequest.PUT(path(99_999_999, "DP-BASE"), rating(1, null)), 404);
    }

    @Test
    void shouldAnswer409WhenInstrumentIsArchived() {
        long id = treaty();
        client.toBlocking().exchange(HttpRequest.DELETE("/api/agreements/" + id));
        problem(client, HttpRequest.PUT(path(id, "DP-BASE"), rating(1, null)), 409);
    }

    @Test
    void shouldAnswer409WhenVersionIsStaleOrGivenOnFirstRating() {
        long id = treaty();
        problem(client, HttpRequest.PUT(path(id, "CAPACITY"), rating(1, 3L)), 409);
        Api.rate(client, id, "CAPACITY", rating(1, null));
        Map<String, Object> second = Api.rate(client, id, "CAPACITY", rating(2, 0L));
        assertThat(second).containsEntry("level", 2).containsEntry("version", 1);
        Map<String, Object> stale = problem(client, HttpRequest.PUT(path(id, "CAPACITY"), rating(3, 0L)), 409);
        assertThat(stale).containsEntry("code", "assessment.changed");
        assertThat(problem(client, HttpRequest.PUT(path(id, "CAPACITY"), rating(3, null)), 409)).containsEntry("code", "assessment.version.required");
    }

    @Test
    void shouldRejectLevelThreeOnNonBindingInstrumentWithoutBindingCrossReference() {
        long mou = Api.createAgreement(client, "NZ", "MOU", "IN_FORCE", List.of(), false);
        Map<String, Object> p = problem(client, HttpRequest.PUT(path(mou, "DP-BASE"), rating(3, null)), 400);
        assertThat(fields(p)).containsExactly("level");
        Map<String, Object> toMou = rating(3, null);
        toMou.put("crossReference", Api.createAgreement(client, "NZ", "MOU", "IN_FORCE", List.of(), false));
        assertThat(fields(problem(client, HttpRequest.PUT(path(mou, "DP-BASE"), toMou), 400))).containsExactly("crossReference");
        Map<String, Object> toTreaty = rating(3, null);
        toTreaty.put("crossReference", treaty());
        assertThat(Api.rate(client, mou, "DP-BASE", toTreaty)).containsEntry("level", 3);
        assertThat(Api.rate(client, treaty(), "DP-BASE", rating(3, null))).containsEntry("level", 3);
    }

    @Test
    void shouldSeedIndiaAndKenyaBiometricsAsLevelZeroWithLowConfidence() {
        for (String ref : List.of("IN", "KE")) {
            Map<String, Object> country = Api.get(client, "/api/countries/" + ref);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> instruments = (List<Map<String, Object>>) country.get("instruments");
            long id = instruments.stream().filter(i -> "TREATY".equals(i.get("type"))).map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
            List<Map<String, Object>> list = Api.list(client, "/api/agreements/" + id + "/assessments");
            assertThat(list).filteredOn(a -> "BIOMETRICS".equals(a.get("criterionId"))).singleElement()
                    .satisfies(a -> assertThat(a).containsEntry("level", 0).containsEntry("confidence", "LOW").containsEntry("assessedBy", "seed"));
            assertThat(list).filteredOn(a -> !"BIOMETRICS".equals(a.get("criterionId"))).allSatisfy(a -> assertThat(a).containsEntry("status", "NOT_ASSESSED"));
        }
    }
}
