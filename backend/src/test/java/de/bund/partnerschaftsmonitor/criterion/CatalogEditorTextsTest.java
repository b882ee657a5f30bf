package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.criterion.CatalogControllerTest.criterionBody;
import static de.bund.partnerschaftsmonitor.criterion.CatalogControllerTest.listOf;
import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The texts of a draft the catalogue editor writes besides criteria: gating-rule descriptions and legal references in both languages. */
@MicronautTest(transactional = false)
class CatalogEditorTextsTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    private long draft(String label) {
        return ((Number) Api.send(client, admin(HttpRequest.POST("/api/catalogs", Map.of("label", label)))).get("id")).longValue();
    }

    private Map<String, Object> rule(long catalogId, String code) {
        return listOf(Api.get(client, "/api/catalogs/" + catalogId), "gatingRules").stream().filter(g -> code.equals(g.get("code"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> ruleBody(Object version, String en, String de) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("descriptionEn", en);
        body.put("descriptionDe", de);
        return body;
    }

    @Test
    void shouldEditAGatingRuleOfADraftInBothLanguagesOnceAndAuditIt() {
        long id = draft("Prüfregeln");
        Map<String, Object> before = rule(id, "BIOMETRICS_DP_BASE");
        long catalogVersion = ((Number) Api.get(client, "/api/catalogs/" + id).get("version")).longValue();
        String uri = "/api/catalogs/" + id + "/gating-rules/BIOMETRICS_DP_BASE";

        Map<String, Object> saved = Api.send(client, admin(HttpRequest.PUT(uri, ruleBody(before.get("version"),
                " If BIOMETRICS is touched and DP-BASE is below 2: warning. ", "Berührt BIOMETRICS und DP-BASE unter 2: Warnhinweis."))));
        assertThat(saved).containsEntry("code", "BIOMETRICS_DP_BASE").containsEntry("descriptionEn", "If BIOMETRICS is touched and DP-BASE is below 2: warning.")
                .containsEntry("descriptionDe", "Berührt BIOMETRICS und DP-BASE unter 2: Warnhinweis.");
        assertThat(((Number) saved.get("version")).longValue()).isEqualTo(((Number) before.get("version")).longValue() + 1);
        assertThat(rule(id, "BIOMETRICS_DP_BASE")).isEqualTo(saved);
        assertThat(((Number) Api.get(client, "/api/catalogs/" + id).get("version")).longValue()).isGreaterThan(catalogVersion);
        assertThat(rule(1, "BIOMETRICS_DP_BASE")).isEqualTo(before);

        Map<String, Object> stale = problem(client, admin(HttpRequest.PUT(uri, ruleBody(before.get("version"), "Lost update", "Verlorene Änderung"))), 409);
        assertThat(stale).containsEntry("code", "gatingRule.changed");
        assertThat(rule(id, "BIOMETRICS_DP_BASE")).isEqualTo(saved);

        Map<String, Object> history = Api.send(client, admin(HttpRequest.GET("/api/audit?entity=gating_rule&entityId=" + id + "/BIOMETRICS_DP_BASE")));
        assertThat(listOf(history, "content")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("action", "UPDATE_GATING_RULE").containsEntry("actor", "test.admin"));
    }

    @Test
    void shouldRefuseBadInputOthersThanAdministratorsAndPublishedCatalogues() {
        long id = draft("Prüfregeln, abgelehnt");
        Map<String, Object> before = rule(id, "TRANSFER_SEC_READMISSION");
        String uri = "/api/catalogs/" + id + "/gating-rules/TRANSFER_SEC_READMISSION";

        Map<String, Object> bad = problem(client, admin(HttpRequest.PUT(uri, ruleBody(null, " ", "x".repeat(1001)))), 400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("version", "descriptionEn", "descriptionDe");
        assertThat(listOf(bad, "errors")).extracting(e -> e.get("code"))
                .containsExactlyInAnyOrder("version.required", "gatingRule.descriptionEn.required", "text.max1000");
        problem(client, admin(HttpRequest.PUT(uri, Map.of())), 400);

        problem(client, HttpRequest.PUT(uri, ruleBody(before.get("version"), "a", "b"))
                .header(TestAuth.HEADER, TestAuth.as("test.desk", "DESK_OFFICER")), 403);
        problem(client, HttpRequest.PUT(uri, ruleBody(before.get("version"), "a", "b"))
                .header(TestAuth.HEADER, TestAuth.as("test.lead", "LEADERSHIP")), 403);
        assertThat(problem(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/gating-rules/NO_SUCH_RULE", ruleBody(0, "a", "b"))), 404))
                .containsEntry("code", "gatingRule.notFound");
        assertThat(rule(id, "TRANSFER_SEC_READMISSION")).isEqualTo(before);

        Map<String, Object> v1 = rule(1, "TRANSFER_SEC_READMISSION");
        assertThat(problem(client, admin(HttpRequest.PUT("/api/catalogs/1/gating-rules/TRANSFER_SEC_READMISSION",
                ruleBody(v1.get("version"), "changed", "geändert"))), 409)).containsEntry("code", "catalog.published");
        assertThat(rule(1, "TRANSFER_SEC_READMISSION")).isEqualTo(v1);
    }

    @Test
    void shouldKeepLegalReferencesWithTheirGermanGistAndAskForItOnlyWhereAGistIsNewOrChanged() {
        long id = draft("Rechtsgrundlagen");
        Map<String, Object> dp = listOf(Api.get(client, "/api/catalogs/" + id), "criteria").stream()
                .filter(c -> "DP-BASE".equals(c.get("id"))).findFirst().orElseThrow();
        List<Map<String, Object>> references = new ArrayList<>(listOf(dp, "legalReferences"));
        int added = references.size();
        // Version 1's references came with their German gist (V111); the draft drops the first one's.
        Map<String, Object> copied = references.get(0);
        assertThat((String) copied.get("gistDe")).isNotBlank();
        Map<String, Object> withoutGerman = new HashMap<>(copied);
        withoutGerman.remove("gistDe");
        references.set(0, withoutGerman);
        Map<String, Object> reference = new HashMap<>();
        reference.put("instrument", "GDPR");
        reference.put("provision", "Art. 24");
        reference.put("gist", "controller implements appropriate measures");
        reference.put("verifiedInSession", false);
        reference.put("source", "https://eur-lex.europa.eu/eli/reg/2016/679/oj");
        references.add(reference);
        Map<String, Object> body = criterionBody(dp);
        body.put("legalReferences", references);
        Map<String, Object> saved = Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", body)));
        assertThat(listOf(saved, "legalReferences")).hasSize(added + 1).last().isEqualTo(reference);

        // The other five copied references keep both languages and do not hold up publishing; the new one without German
        // does, and so does the copied one whose German gist was dropped.
        Map<String, Object> refused = problem(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())), 400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("criteria.DP-BASE.legalReferences[0].gistDe",
                "criteria.DP-BASE.legalReferences[" + added + "].gistDe");

        references.set(0, copied);
        reference.put("gistDe", "Verantwortlicher trifft geeignete Maßnahmen");
        Map<String, Object> translated = criterionBody(saved);
        translated.put("legalReferences", references);
        Map<String, Object> again = Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", translated)));
        assertThat(listOf(again, "legalReferences").get(added)).containsEntry("gistDe", "Verantwortlicher trifft geeignete Maßnahmen")
                .containsEntry("gist", "controller implements appropriate measures").containsEntry("provision", "Art. 24");
        Map<String, Object> reread = listOf(Api.get(client, "/api/catalogs/" + id), "criteria").stream()
                .filter(c -> "DP-BASE".equals(c.get("id"))).findFirst().orElseThrow();
        assertThat(listOf(reread, "legalReferences")).isEqualTo(listOf(again, "legalReferences"));

        // A German gist without the English one is refused on publishing too.
        Map<String, Object> germanOnly = new HashMap<>(reference);
        germanOnly.put("gist", null);
        references.set(added, germanOnly);
        Map<String, Object> onlyGerman = criterionBody(again);
        onlyGerman.put("legalReferences", references);
        Map<String, Object> third = Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", onlyGerman)));
        assertThat(fields(problem(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())), 400)))
                .containsExactly("criteria.DP-BASE.legalReferences[" + added + "].gist");

        references.set(added, reference);
        Map<String, Object> fixed = criterionBody(third);
        fixed.put("legalReferences", references);
        Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", fixed)));
        assertThat(Api.send(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())))).containsEntry("status", "PUBLISHED");
    }

    private static <T> MutableHttpRequest<T> admin(MutableHttpRequest<T> request) {
        return request.header(TestAuth.HEADER, TestAuth.as("test.admin", "ADMIN"));
    }
}
