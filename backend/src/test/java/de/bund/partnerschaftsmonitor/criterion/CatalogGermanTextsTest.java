package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.criterion.CatalogControllerTest.criterionBody;
import static de.bund.partnerschaftsmonitor.criterion.CatalogControllerTest.listOf;
import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The checklist in German: catalogue version 1 got its translation without any change to what it scores. */
@MicronautTest(transactional = false)
class CatalogGermanTextsTest implements DatabaseTest {

    static final String NOTE = "Deutsche Fassung der Prüffragen und Stufenbeschreibungen ergänzt; keine inhaltliche Änderung";
    static final String NOTE_RATIONALES = "Deutsche Fassung der Begründungen der Gewichtungsprofile und der Prüfregeln ergänzt; keine inhaltliche Änderung";
    static final String NOTE_GISTS = "Deutsche Fassung der Kerngehalte der Rechtsgrundlagen ergänzt; keine inhaltliche Änderung";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    Sql sql;

    @Test
    void shouldServeGermanQuestionsAndLevelsForAllTwelveCriteriaOfVersionOneAndItsOtherTexts() {
        for (List<Map<String, Object>> criteria : List.of(listOf(Api.get(client, "/api/catalogs/1"), "criteria"),
                listOf(Api.get(client, "/api/criteria"), "criteria"))) {
            assertThat(criteria).hasSize(12);
            int texts = 0;
            for (Map<String, Object> c : criteria) {
                assertThat((String) c.get("questionDe")).as("question of %s", c.get("id")).isNotBlank().isNotEqualTo(c.get("questionEn"));
                texts++;
                List<String> en = Api.strings(c.get("scaleEn"));
                List<String> de = Api.strings(c.get("scaleDe"));
                assertThat(de).hasSize(4);
                for (int level = 0; level < 4; level++) {
                    assertThat(de.get(level)).as("level %d of %s", level, c.get("id")).isNotBlank().isNotEqualTo(en.get(level));
                    texts++;
                }
            }
            assertThat(texts).isEqualTo(60);
        }
        Map<String, Object> v1 = Api.get(client, "/api/catalogs/1");
        assertThat(listOf(v1, "profiles")).hasSize(5).allSatisfy(p ->
                assertThat((String) p.get("rationaleDe")).as("rationale of %s", p.get("code")).isNotBlank().isNotEqualTo(p.get("rationale")));
        assertThat(listOf(v1, "gatingRules")).hasSize(4).allSatisfy(g ->
                assertThat((String) g.get("descriptionDe")).as("gating rule %s", g.get("code")).isNotBlank().isNotEqualTo(g.get("descriptionEn")));
    }

    /** Scores depend on the criteria, their groups, core flags and levels, the weights and the gating rules: all as seeded. */
    @Test
    @SuppressWarnings("unchecked")
    void shouldKeepVersionOneAsSeededExceptForTheGermanTexts() throws IOException {
        Map<String, Object> seed = json.readValue(Files.readAllBytes(Path.of("..", "seed", "criteria.json")), Argument.mapOf(String.class, Object.class));
        Map<String, Object> v1 = Api.get(client, "/api/catalogs/1");
        assertThat(v1).containsEntry("status", "PUBLISHED").containsEntry("label", "criteria.json " + seed.get("version"));
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        listOf(v1, "criteria").forEach(c -> byCode.put((String) c.get("id"), c));
        List<Map<String, Object>> seeded = (List<Map<String, Object>>) seed.get("criteria");
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(seeded.stream().map(c -> (String) c.get("id")).toList());
        for (Map<String, Object> s : seeded) {
            Map<String, Object> c = byCode.get((String) s.get("id"));
            Map<String, Object> scale = (Map<String, Object>) s.get("scale");
            assertThat(c).containsEntry("group", s.get("group")).containsEntry("nameEn", s.get("name_en"))
                    .containsEntry("nameDe", s.get("name_de")).containsEntry("questionEn", s.get("question_en")).containsEntry("retired", false);
            assertThat(Api.strings(c.get("scaleEn"))).containsExactly((String) scale.get("0"), (String) scale.get("1"),
                    (String) scale.get("2"), (String) scale.get("3"));
        }
        assertThat(listOf(v1, "criteria")).filteredOn(c -> Boolean.TRUE.equals(c.get("core"))).extracting(c -> c.get("id"))
                .containsExactly("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "CAPACITY");
        Map<String, Map<String, Object>> profiles = (Map<String, Map<String, Object>>) seed.get("weighting_profiles");
        Map<String, Map<String, Double>> served = new LinkedHashMap<>();
        listOf(v1, "profiles").forEach(p -> served.put((String) p.get("code"), toDoubles((Map<String, Object>) p.get("weights"))));
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        Map<String, Object> groups = (Map<String, Object>) seed.get("groups");
        profiles.forEach((code, p) -> {
            Map<String, Double> w = new LinkedHashMap<>();
            groups.keySet().forEach(g -> w.put(g, ((Number) p.get(g)).doubleValue()));
            expected.put(code, w);
        });
        assertThat(served).isEqualTo(expected);
        assertThat(listOf(v1, "gatingRules")).extracting(g -> g.get("code"))
                .containsExactly("BIOMETRICS_DP_BASE", "TRANSFER_SEC_READMISSION", "NOT_APPLICABLE_RENORMALISE", "NOT_PUBLIC_LOW_CONFIDENCE");
    }

    /** All 50 legal references of version 1 have a German gist (V111); everything else about them is as in the reference data. */
    @Test
    @SuppressWarnings("unchecked")
    void shouldServeAGermanGistForEveryLegalReferenceOfVersionOneAndKeepTheRestAsSeeded() throws IOException {
        Map<String, Object> seed = json.readValue(Files.readAllBytes(Path.of("..", "seed", "criteria.json")), Argument.mapOf(String.class, Object.class));
        Map<String, List<Map<String, Object>>> seeded = new HashMap<>();
        ((List<Map<String, Object>>) seed.get("criteria")).forEach(c -> seeded.put((String) c.get("id"), (List<Map<String, Object>>) c.get("legal_references")));
        // Version 1 only: /api/criteria serves the newest published version, which other tests may have published.
        for (List<Map<String, Object>> criteria : List.of(listOf(Api.get(client, "/api/catalogs/1"), "criteria"))) {
            int references = 0;
            for (Map<String, Object> c : criteria) {
                List<Map<String, Object>> served = listOf(c, "legalReferences");
                List<Map<String, Object>> expected = seeded.get((String) c.get("id"));
                assertThat(served).as("references of %s", c.get("id")).hasSameSizeAs(expected);
                for (int i = 0; i < served.size(); i++) {
                    Map<String, Object> r = served.get(i);
                    Map<String, Object> s = expected.get(i);
                    assertThat((String) r.get("gistDe")).as("German gist %d of %s", i, c.get("id")).isNotBlank().isNotEqualTo(r.get("gist"));
                    Map<String, Object> withoutGerman = new HashMap<>(r);
                    withoutGerman.remove("gistDe");
                    Map<String, Object> seededReference = new HashMap<>();
                    seededReference.put("instrument", s.get("instrument"));
                    seededReference.put("provision", s.get("provision"));
                    seededReference.put("gist", s.get("gist"));
                    seededReference.put("verifiedInSession", s.get("verified_in_session"));
                    seededReference.put("source", s.get("source_read"));
                    seededReference.values().removeIf(java.util.Objects::isNull);
                    assertThat(withoutGerman).as("reference %d of %s", i, c.get("id")).isEqualTo(seededReference);
                    references++;
                }
            }
            assertThat(references).isEqualTo(50);
        }
    }

    /**
     * V111's statements for other versions, run again on a draft whose references are version 1's in another order, without
     * German: each gets version 1's German gist where instrument, provision and English gist are still version 1's.
     */
    @Test
    void shouldGiveAnotherVersionsReferenceTheGermanGistWhereItIsStillThatOfVersionOne() throws IOException {
        long id = ((Number) Api.send(client, admin(HttpRequest.POST("/api/catalogs", Map.of("label", "Kerngehalte älterer Entwürfe")))).get("id")).longValue();
        List<Map<String, Object>> v1 = listOf(listOf(Api.get(client, "/api/catalogs/1"), "criteria").stream()
                .filter(c -> "PURPOSE".equals(c.get("id"))).findFirst().orElseThrow(), "legalReferences");
        List<Map<String, Object>> old = new ArrayList<>();
        for (Map<String, Object> r : v1) {
            Map<String, Object> english = new LinkedHashMap<>(r);
            english.remove("gistDe");
            old.add(0, english);
        }
        old.get(0).put("gistDe", null);
        old.get(1).put("gist", old.get(1).get("gist") + " (changed in the draft)");
        assertThat(sql.update("UPDATE criteria SET legal_references = ? WHERE catalog_version_id = ? AND code = 'PURPOSE'",
                json.writeValueAsString(old), id)).isEqualTo(1);

        String migration = Files.readString(Path.of("..", "migrations", "V111__add_german_gists_to_catalog_v1_legal_references.sql"));
        int statements = 0;
        for (String statement : migration.split(";\n")) {
            if (statement.strip().startsWith("UPDATE criteria c\n")) {
                sql.update(statement);
                statements++;
            }
        }
        assertThat(statements).isGreaterThanOrEqualTo(v1.size());

        List<Map<String, Object>> served = listOf(listOf(Api.get(client, "/api/catalogs/" + id), "criteria").stream()
                .filter(c -> "PURPOSE".equals(c.get("id"))).findFirst().orElseThrow(), "legalReferences");
        assertThat(served).hasSize(v1.size());
        for (int i = 0; i < served.size(); i++) {
            Map<String, Object> expected = new HashMap<>(v1.get(v1.size() - 1 - i));
            if (i == 1) {
                expected.remove("gistDe");
                expected.put("gist", old.get(1).get("gist"));
            }
            assertThat(served.get(i)).as("reference %d", i).isEqualTo(expected);
        }
        assertThat(served.get(1)).doesNotContainKey("gistDe");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNoteTheTranslationInTheHistoryOfVersionOne() {
        Map<String, Object> page = Api.send(client, admin(HttpRequest.GET("/api/audit?entity=catalog&entityId=1")));
        List<Map<String, Object>> entries = listOf(page, "content");
        List<Map<String, Object>> notes = entries.stream().filter(e -> "ADD_TRANSLATION".equals(e.get("action"))).toList();
        assertThat(notes).allSatisfy(e -> assertThat(e).containsEntry("actor", "migration").containsEntry("entityType", "catalog"));
        assertThat(notes).extracting(e -> (Map<String, Object>) ((Map<String, Object>) e.get("changes")).get("note"))
                .allSatisfy(note -> assertThat(note.get("old")).isNull())
                .extracting(note -> note.get("value")).containsExactlyInAnyOrder(NOTE, NOTE_RATIONALES, NOTE_GISTS);
    }

    @Test
    void shouldCopyBothLanguagesIntoADraftAndRefuseToPublishItWhileAGermanTextIsMissing() {
        long id = ((Number) Api.send(client, admin(HttpRequest.POST("/api/catalogs", Map.of("label", "Übersetzungsprobe")))).get("id")).longValue();
        Map<String, Object> draft = Api.get(client, "/api/catalogs/" + id);
        Map<String, Object> dp = listOf(draft, "criteria").stream().filter(c -> "DP-BASE".equals(c.get("id"))).findFirst().orElseThrow();
        Map<String, Object> original = listOf(Api.get(client, "/api/catalogs/1"), "criteria").get(0);
        assertThat(dp.get("questionDe")).isEqualTo(original.get("questionDe"));
        assertThat(dp.get("scaleDe")).isEqualTo(original.get("scaleDe"));
        // The draft is copied from the newest published version, which other tests may have published with more references.
        assertThat(listOf(dp, "legalReferences")).containsAll(listOf(original, "legalReferences"))
                .allSatisfy(r -> assertThat((String) r.get("gistDe")).isNotBlank());

        Map<String, Object> withoutGerman = criterionBody(dp);
        withoutGerman.put("questionDe", " ");
        List<String> scaleDe = new ArrayList<>(Api.strings(dp.get("scaleDe")));
        scaleDe.set(2, "");
        withoutGerman.put("scaleDe", scaleDe);
        Map<String, Object> saved = Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", withoutGerman)));
        assertThat(saved.get("questionDe")).isNull();
        assertThat(Api.strings(saved.get("scaleDe")).get(2)).isNull();

        Map<String, Object> refused = problem(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())), 400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("criteria.DP-BASE.questionDe", "criteria.DP-BASE.scaleDe[2]");
        // Each missing text has its own code and a message in the reader's language, never an English sentence as a code.
        assertThat(listOf(refused, "errors")).extracting(e -> e.get("field"), e -> e.get("code"), e -> e.get("message")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("criteria.DP-BASE.questionDe", "catalog.publish.questionDe.required",
                        "Für die Veröffentlichung fehlt die deutsche Prüffrage."),
                org.assertj.core.groups.Tuple.tuple("criteria.DP-BASE.scaleDe[2]", "catalog.publish.scaleDe.required",
                        "Für die Veröffentlichung fehlt die deutsche Beschreibung der Stufe 2."));
        Map<String, Object> inEnglish = problem(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())).header("Accept-Language", "en"), 400);
        assertThat(listOf(inEnglish, "errors")).extracting(e -> e.get("message"))
                .contains("A German description of level 2 is required for publishing.");
        assertThat(Api.get(client, "/api/catalogs/" + id)).containsEntry("status", "DRAFT");

        Map<String, Object> restored = criterionBody(saved);
        restored.put("questionDe", dp.get("questionDe"));
        restored.put("scaleDe", dp.get("scaleDe"));
        Api.send(client, admin(HttpRequest.PUT("/api/catalogs/" + id + "/criteria/DP-BASE", restored)));
        assertThat(Api.send(client, admin(HttpRequest.POST("/api/catalogs/" + id + "/publish", Map.of())))).containsEntry("status", "PUBLISHED");
    }

    private static Map<String, Double> toDoubles(Map<String, Object> weights) {
        Map<String, Double> out = new LinkedHashMap<>();
        weights.forEach((k, v) -> out.put(k, ((Number) v).doubleValue()));
        return out;
    }

    private static <T> MutableHttpRequest<T> admin(MutableHttpRequest<T> request) {
        return request.header(TestAuth.HEADER, TestAuth.as("test.admin", "ADMIN"));
    }
}
