package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo seed on the shared test database (seeded at start-up like the app with PM_SEED on). */
@MicronautTest(transactional = false)
class DemoSeedTest implements DatabaseTest {

    static final String QM = "QM";
    static final Set<String> CAPACITY_GROUP = Set.of("CAPACITY", "SOVEREIGNTY-EXIT");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @Inject
    DemoSeeder demo;

    @Inject
    JsonMapper json;

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    Map<String, Long> instrumentIds() {
        Map<String, Object> country = Api.get(client, "/api/countries/QM");
        return list(country.get("instruments")).stream().collect(Collectors.toMap(i -> (String) i.get("type"),
                i -> ((Number) i.get("id")).longValue()));
    }

    @Test
    void shouldShowMusterlandAsAFictitiousCountryWithOneInstrumentOfEachForm() {
        Map<String, Object> detail = Api.get(client, "/api/countries/QM");
        assertThat(map(detail.get("country"))).containsEntry("nameDe", "Musterland (fiktiv)").containsEntry("nameEn", "Musterland (fictitious)")
                .containsEntry("fictitious", true).containsEntry("instrumentCount", 3);
        assertThat(list(detail.get("instruments"))).extracting(i -> i.get("type"))
                .containsExactlyInAnyOrder("TREATY", "MOU", "WORKING_STRUCTURE");
        assertThat(list(detail.get("instruments"))).allSatisfy(i -> assertThat(i).containsEntry("fictitious", true)
                .containsEntry("status", "IN_FORCE").containsEntry("countryIso2", QM));

        List<Map<String, Object>> countries = Api.list(client, "/api/countries");
        assertThat(countries).filteredOn(c -> Boolean.TRUE.equals(c.get("fictitious"))).extracting(c -> c.get("iso2")).containsExactly(QM);
        assertThat(countries).filteredOn(c -> "DE".equals(c.get("iso2"))).singleElement().satisfies(c -> assertThat(c).containsEntry("fictitious", false));
    }

    @Test
    void shouldFlagTheInstrumentsInTheListAndTheDetail() {
        Map<String, Object> page = Api.get(client, "/api/agreements?country=QM&size=50");
        assertThat(list(page.get("content"))).hasSize(3).allSatisfy(i -> assertThat(i).containsEntry("fictitious", true));
        Map<String, Object> kenya = Api.get(client, "/api/agreements?country=KE&size=50");
        assertThat(list(kenya.get("content"))).isNotEmpty().allSatisfy(i -> assertThat(i).containsEntry("fictitious", false));
        for (long id : instrumentIds().values()) {
            assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("fictitious", true).containsEntry("countryNameDe", "Musterland (fiktiv)");
        }
    }

    @Test
    void shouldHaveEveryCriterionOfEachInstrumentRatedAndApprovedByTheRightSecondPerson() {
        String demo = " FROM assessments s JOIN agreements a ON a.id = s.agreement_id WHERE a.country_iso2 = 'QM'";
        assertThat(sql.count("SELECT COUNT(*)" + demo)).isEqualTo(36);
        assertThat(sql.count("SELECT COUNT(*)" + demo + " AND s.review_state = 'APPROVED' AND s.assessed_by = 'desk.officer'"
                + " AND s.submitted_by = 'desk.officer'")).isEqualTo(36);
        assertThat(sql.count("SELECT COUNT(*)" + demo + " AND s.reviewed_by = 'devcoop.reviewer' AND s.criterion_code IN ('CAPACITY', 'SOVEREIGNTY-EXIT')"))
                .isEqualTo(6);
        assertThat(sql.count("SELECT COUNT(*)" + demo + " AND s.reviewed_by = 'desk.officer2' AND s.criterion_code NOT IN ('CAPACITY', 'SOVEREIGNTY-EXIT')"))
                .isEqualTo(30);
        assertThat(sql.count("SELECT COUNT(*) FROM assessment_approvals p JOIN agreements a ON a.id = p.agreement_id WHERE a.country_iso2 = 'QM'"))
                .isEqualTo(36);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'APPROVE_RATING' AND actor IN ('desk.officer2', 'devcoop.reviewer')"
                + " AND entity_id IN (SELECT CONCAT(a.id, '/', s.criterion_code)" + demo + ")")).isEqualTo(36);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'CREATE' AND entity_type = 'country' AND entity_id = 'QM' AND actor = 'seed'"))
                .isEqualTo(1);
    }

    @Test
    void shouldShowTheApprovedScorecardWithASpreadAcrossTheInstruments() {
        Map<String, Object> card = Api.get(client, "/api/countries/QM/scorecard");
        assertThat(map(card.get("country"))).containsEntry("fictitious", true).containsEntry("nameDe", "Musterland (fiktiv)");
        assertThat(card).containsEntry("includesDrafts", false);
        assertThat((Number) card.get("score")).isNotNull();
        assertThat(((Number) card.get("coverage")).doubleValue()).isEqualTo(1.0);
        Map<String, Double> byType = list(card.get("instruments")).stream()
                .collect(Collectors.toMap(i -> (String) i.get("type"), i -> ((Number) i.get("score")).doubleValue()));
        assertThat(byType).containsOnlyKeys("TREATY", "MOU", "WORKING_STRUCTURE");
        assertThat(byType.get("TREATY")).isGreaterThan(byType.get("MOU"));
        assertThat(byType.get("MOU")).isGreaterThan(byType.get("WORKING_STRUCTURE"));

        Map<String, Long> ids = instrumentIds();
        Map<String, Map<String, Object>> best = list(card.get("criteria")).stream().collect(Collectors.toMap(c -> (String) c.get("criterionId"), c -> c));
        assertThat(best.get("DP-BASE")).containsEntry("level", 3).containsEntry("agreementId", ids.get("TREATY").intValue());
        assertThat(best.get("CAPACITY")).containsEntry("level", 3).containsEntry("agreementId", ids.get("MOU").intValue());
        assertThat(map(best.get("DP-BASE").get("evidence"))).containsEntry("reference", "Art. 5 Abs. 1").containsEntry("asOf", "2024-03-14");

        // One strong, one partial, one weak text for each core topic.
        for (String core : List.of("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "CAPACITY")) {
            assertThat(sql.count("SELECT COUNT(DISTINCT s.level) FROM assessments s JOIN agreements a ON a.id = s.agreement_id"
                    + " WHERE a.country_iso2 = 'QM' AND s.criterion_code = ?", core)).as(core).isEqualTo(3);
        }
        // The weak working structure matches biometrics with only a generic data-protection reference: a red flag.
        Map<String, Object> ws = Api.get(client, "/api/agreements/" + ids.get("WORKING_STRUCTURE") + "/score");
        assertThat(list(ws.get("redFlags"))).isNotEmpty();
    }

    @Test
    void shouldListMusterlandInTheRankingFlaggedAndWithoutARank() {
        List<Map<String, Object>> ranking = Api.list(client, "/api/scorecards");
        assertThat(ranking).filteredOn(r -> QM.equals(r.get("iso2"))).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("fictitious", true).containsEntry("rank", null);
            assertThat((Number) r.get("score")).isNotNull();
        });
        assertThat(ranking).filteredOn(r -> !QM.equals(r.get("iso2"))).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("fictitious", false));
        List<Integer> ranks = ranking.stream().map(r -> (Integer) r.get("rank")).filter(java.util.Objects::nonNull).toList();
        assertThat(ranks).as("real countries are ranked 1, 2, … without a gap for the demo country")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, ranks.size()).boxed().toList());
        List<Map<String, Object>> withDrafts = Api.list(client, "/api/scorecards?includeDrafts=true");
        assertThat(withDrafts).filteredOn(r -> QM.equals(r.get("iso2"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("fictitious", true).containsEntry("rank", null));
    }

    @Test
    void shouldQuoteEveryEvidenceVerbatimFromTheTextItNames() throws IOException {
        List<Map<String, Object>> ratings = read("assessments.json");
        Map<String, String> texts = new HashMap<>();
        int quoted = 0;
        for (Map<String, Object> r : ratings) {
            Map<String, Object> evidence = map(r.get("evidence"));
            if (evidence == null || evidence.get("quote") == null) {
                continue;
            }
            String file = (String) r.get("document");
            String text = texts.computeIfAbsent(file, this::text);
            String quote = (String) evidence.get("quote");
            assertThat(text).as("%s %s quotes %s", r.get("externalRef"), r.get("criterionId"), file).contains(quote);
            // The anchor names the paragraph the quote is: "(2) <quote>" under "Artikel 5"/"Article 5".
            String anchor = (String) r.get("anchor");
            String article = anchor.replaceAll("^art_(\\d+).*$", "$1");
            String para = anchor.contains("__para_") ? anchor.replaceAll("^.*__para_(\\d+)$", "$1") : null;
            String fromArticle = text.substring(text.indexOf(file.endsWith(".de.txt") ? "\nArtikel " + article + "\n" : "\nArticle " + article + "\n"));
            String nextArticle = fromArticle.substring(1).contains(file.endsWith(".de.txt") ? "\nArtikel " : "\nArticle ")
                    ? fromArticle.substring(0, fromArticle.indexOf(file.endsWith(".de.txt") ? "\nArtikel " : "\nArticle ", 1)) : fromArticle;
            assertThat(nextArticle).as("%s in %s", anchor, file).contains(para == null ? "\n" + quote + "\n" : "\n(" + para + ") " + quote + "\n");
            assertThat((String) evidence.get("reference")).isEqualTo(file.endsWith(".de.txt")
                    ? "Art. " + article + (para == null ? "" : " Abs. " + para) : "Article " + article + (para == null ? "" : "(" + para + ")"));
            assertThat(sql.count("SELECT COUNT(*) FROM assessments s JOIN agreements a ON a.id = s.agreement_id WHERE a.external_ref = ?"
                    + " AND s.criterion_code = ? AND s.evidence_quote = ?", r.get("externalRef"), r.get("criterionId"), quote)).isEqualTo(1);
            quoted++;
        }
        assertThat(quoted).isEqualTo(30);
    }

    @Test
    void shouldMarkEveryTextAsFictitiousInItsTitleAndPreamble() {
        for (String file : List.of("treaty.de.txt", "treaty.en.txt", "mou.en.txt", "mou.de.txt", "working-structure.de.txt", "working-structure.en.txt")) {
            String text = text(file);
            String firstLine = text.substring(0, text.indexOf('\n'));
            assertThat(firstLine).as(file).containsAnyOf("FIKTIVER DEMONSTRATIONSTEXT", "FICTITIOUS DEMONSTRATION TEXT");
            assertThat(text).as(file).containsAnyOf("Musterland (fiktiv)", "Musterland (fictitious)");
        }
    }

    @Test
    void shouldPutNothingFictitiousOnARealInstrument() {
        assertThat(sql.count("SELECT COUNT(*) FROM assessments s JOIN agreements a ON a.id = s.agreement_id JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE c.fictitious = FALSE AND (s.evidence_source LIKE '%fiktiv%' OR s.evidence_source LIKE '%seed/demo/%'"
                + " OR s.evidence_quote LIKE '%Musterland%')")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE a.external_ref LIKE 'DEMO-%' AND c.fictitious = FALSE")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM countries WHERE fictitious = TRUE")).isEqualTo(1);
    }

    @Test
    void shouldRefuseARealInstrumentsRatingThatRestsOnTheFictitiousTreaty() {
        long real = Api.createAgreement(client, "KE", "MOU", "IN_FORCE", List.of(), true);
        Map<String, Object> body = Api.rating(3, null);
        body.put("crossReference", instrumentIds().get("TREATY"));
        Map<String, Object> refused = problem(client, HttpRequest.PUT("/api/agreements/" + real + "/assessments/DP-BASE", body), 400);
        assertThat(fields(refused)).containsExactly("crossReference");
        assertThat(list(refused.get("errors"))).extracting(e -> e.get("code")).containsExactly("assessment.crossReference.fictitious");
        assertThat(sql.count("SELECT COUNT(*) FROM assessments WHERE agreement_id = ?", real)).isZero();
    }

    @Test
    void shouldLoadNothingTheSecondTime() {
        long audit = sql.count("SELECT COUNT(*) FROM audit_events");
        long ratings = sql.count("SELECT COUNT(*) FROM assessments");

        assertThat(demo.load()).isEqualTo(new DemoSeeder.Loaded(false, 0, 0, 0));

        assertThat(sql.count("SELECT COUNT(*) FROM audit_events")).isEqualTo(audit);
        assertThat(sql.count("SELECT COUNT(*) FROM assessments")).isEqualTo(ratings);
    }

    List<Map<String, Object>> read(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoSeeder.DIR + file)) {
            return json.readValue(in, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }
    }

    String text(String file) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoSeeder.DIR + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
