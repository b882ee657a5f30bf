package de.bund.partnerschaftsmonitor.scorecard;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.shared.Api.fields;
import static de.bund.partnerschaftsmonitor.shared.Api.problem;
import static de.bund.partnerschaftsmonitor.shared.Api.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MicronautTest(transactional = false)
class ScorecardControllerTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOf(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    /**
     * Scores count approved ratings by default: rates as the default desk officer, submits, and has a second person of
     * the right role approve (a development-cooperation reviewer for the capacity group).
     */
    void rateApproved(long id, String criterion, Map<String, Object> body) {
        String path = "/api/agreements/" + id + "/assessments/" + criterion;
        Map<String, Object> rated = Api.rate(client, id, criterion, body);
        Map<String, Object> submitted = Api.send(client, HttpRequest.POST(path + "/submit", Map.of("version", rated.get("version"))));
        String reviewer = "CAPACITY".equals(criterion) || "SOVEREIGNTY-EXIT".equals(criterion)
                ? TestAuth.as("score.devcoop", "DEVCOOP_REVIEWER") : TestAuth.as("score.desk", "DESK_OFFICER");
        Api.send(client, HttpRequest.POST(path + "/approve", Map.of("version", submitted.get("version"))).header(TestAuth.HEADER, reviewer));
    }

    @Test
    void shouldAnswerNullScoreAndZeroCoverageWhenNothingIsAssessed() {
        long id = Api.createAgreement(client, "IS", "TREATY", "IN_FORCE", List.of(), true);
        Map<String, Object> score = Api.get(client, "/api/agreements/" + id + "/score");
        assertThat(score).containsEntry("score", null).containsEntry("profile", "balanced");
        assertThat(((Number) score.get("coverage")).doubleValue()).isZero();
        assertThat(listOf(mapOf(score, "breakdown"), "criteria")).hasSize(12);
    }

    @Test
    void shouldExplainScoreWithBreakdownWhenRated() {
        long id = Api.createAgreement(client, "IS", "TREATY", "IN_FORCE", List.of(), true);
        rateApproved(id, "DP-BASE", rating(3, null));
        rateApproved(id, "NONDISC", rating(0, null));
        Map<String, Object> score = Api.get(client, "/api/agreements/" + id + "/score?profile=balanced");
        assertThat(((Number) score.get("score")).doubleValue()).isCloseTo(0.3 / 0.55 * 100, within(0.01));
        assertThat(((Number) score.get("coverage")).doubleValue()).isCloseTo(2.0 / 12, within(0.0001));
        assertThat(listOf(mapOf(score, "breakdown"), "criteria")).filteredOn(c -> "DP-BASE".equals(c.get("code"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "ASSESSED").containsEntry("level", 3).containsEntry("max", 3));
        assertThat((List<?>) score.get("comparableCriteria")).hasSize(12);
        List<Map<String, Object>> history = Api.list(client, "/api/agreements/" + id + "/score/history");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("score")).isNotNull();
    }

    @Test
    void shouldCapSoftInstrumentUnderSoftProfile() {
        long mou = Api.createAgreement(client, "IS", "MOU", "IN_FORCE", List.of(), true);
        rateApproved(mou, "DP-BASE", rating(2, null));
        assertThat(((Number) Api.get(client, "/api/agreements/" + mou + "/score?profile=soft_instrument_normalised").get("score")).doubleValue())
                .isEqualTo(100.0);
        assertThat(((Number) Api.get(client, "/api/agreements/" + mou + "/score").get("score")).doubleValue()).isCloseTo(66.67, within(0.01));
    }

    @Test
    void shouldAnswer400NamingProfileWhenProfileIsUnknown() {
        long id = Api.createAgreement(client, "IS", "TREATY", "IN_FORCE", List.of(), true);
        assertThat(fields(problem(client, HttpRequest.GET("/api/agreements/" + id + "/score?profile=nope"), 400))).containsExactly("profile");
        assertThat(fields(problem(client, HttpRequest.GET("/api/countries/IS/scorecard?profile=nope"), 400))).containsExactly("profile");
        assertThat(fields(problem(client, HttpRequest.GET("/api/scorecards?profile=nope"), 400))).containsExactly("profile");
    }

    @Test
    void shouldTakeBestLevelFromEffectiveInstrumentsAndListGaps() {
        long treaty = Api.createAgreement(client, "LI", "TREATY", "IN_FORCE", List.of("RETURN_READMISSION"), true);
        long mou = Api.createAgreement(client, "LI", "MOU", "PROVISIONALLY_APPLIED", List.of(), true);
        long planned = Api.createAgreement(client, "LI", "TREATY", "NEGOTIATING", List.of(), true);
        rateApproved(treaty, "DP-BASE", rating(1, null));
        rateApproved(mou, "DP-BASE", rating(2, null));
        rateApproved(treaty, "PURPOSE", rating(0, null));
        rateApproved(planned, "CAPACITY", rating(3, null));
        Map<String, Object> card = Api.get(client, "/api/countries/li/scorecard");
        assertThat(mapOf(card, "country")).containsEntry("iso2", "LI").containsEntry("numericCode", "438");
        Map<String, Object> dp = listOf(card, "criteria").get(0);
        assertThat(dp).containsEntry("criterionId", "DP-BASE").containsEntry("level", 2).containsEntry("gap", false);
        assertThat(((Number) dp.get("agreementId")).longValue()).isEqualTo(mou);
        assertThat(mapOf(dp, "evidence")).containsEntry("reference", "Art. 7(2)");
        assertThat(Api.strings(card.get("gaps"))).contains("PURPOSE", "CAPACITY", "INDEP-OVERSIGHT").doesNotContain("DP-BASE");
        assertThat(listOf(card, "instruments")).extracting(i -> ((Number) i.get("id")).longValue()).containsExactlyInAnyOrder(treaty, mou);
        assertThat(listOf(card, "instrumentsNotInForce")).singleElement()
                .satisfies(i -> assertThat(((Number) i.get("score")).doubleValue()).isEqualTo(100.0));
        // DP-BASE 2 of 3 and PURPOSE 0 of 3 in G1 only: 2 / 6.
        assertThat(((Number) card.get("score")).doubleValue()).isCloseTo(33.33, within(0.01));
        assertThat(Api.list(client, "/api/countries/LI/scorecard/history")).isNotEmpty();
    }

    @Test
    void shouldRaiseRedFlagsForSeededBiometricsWithoutVerifiedDataProtection() {
        // Seeded ratings await review (never auto-approved), so they count only with drafts included.
        Map<String, Object> card = Api.get(client, "/api/countries/KE/scorecard?includeDrafts=true");
        assertThat(card).containsEntry("includesDrafts", true);
        assertThat(listOf(card, "redFlags")).extracting(f -> f.get("code")).contains("BIOMETRICS_DP_BASE_NOT_VERIFIED");
        assertThat(listOf(card, "notes")).extracting(f -> f.get("code")).contains("NOT_PUBLIC_LOW_CONFIDENCE");
    }

    @Test
    void shouldWordRedFlagsAndNotesInTheUsersLanguage() {
        // The same cached scorecard, asked for in German (default) and in English.
        Map<String, Object> german = Api.get(client, "/api/countries/KE/scorecard?includeDrafts=true");
        Map<String, Object> english = Api.send(client, HttpRequest.GET("/api/countries/KE/scorecard?includeDrafts=true").header("Accept-Language", "en"));
        assertThat(flag(german, "redFlags", "BIOMETRICS_DP_BASE_NOT_VERIFIED"))
                .isEqualTo("Biometrische Daten werden verarbeitet, aber die Datenschutz-Grundklausel (DP-BASE) ist nicht belegt.");
        assertThat(flag(english, "redFlags", "BIOMETRICS_DP_BASE_NOT_VERIFIED"))
                .isEqualTo("Biometric data are processed, but the data-protection baseline (DP-BASE) is not verified.");
        assertThat(flag(german, "notes", "NOT_PUBLIC_LOW_CONFIDENCE")).startsWith("Der Text des Instruments ist nicht veröffentlicht");
        long id = ((Number) listOf(german, "instruments").get(0).get("id")).longValue();
        Map<String, Object> score = Api.get(client, "/api/agreements/" + id + "/score?includeDrafts=true");
        assertThat(listOf(score, "redFlags")).allSatisfy(f -> assertThat((String) f.get("message")).doesNotContain("are processed"));
    }

    private String flag(Map<String, Object> card, String list, String code) {
        return (String) listOf(card, list).stream().filter(f -> code.equals(f.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + card.get(list))).get("message");
    }

    @Test
    void shouldRankCountriesByScoreWithUnknownLast() {
        long high = Api.createAgreement(client, "MC", "TREATY", "IN_FORCE", List.of(), true);
        long low = Api.createAgreement(client, "SM", "TREATY", "IN_FORCE", List.of("RETURN_READMISSION"), true);
        Api.createAgreement(client, "AD", "TREATY", "IN_FORCE", List.of(), true);
        rateApproved(high, "DP-BASE", rating(3, null));
        rateApproved(low, "TRANSFER-SEC", rating(0, null));
        List<Map<String, Object>> ranking = Api.list(client, "/api/scorecards?region=EUROPE");
        List<String> order = ranking.stream().map(r -> (String) r.get("iso2")).toList();
        assertThat(order).contains("MC", "SM", "AD");
        assertThat(order.indexOf("MC")).isLessThan(order.indexOf("SM"));
        assertThat(order.indexOf("SM")).isLessThan(order.indexOf("AD"));
        Map<String, Object> mc = ranking.get(order.indexOf("MC"));
        assertThat(mapOf(mc, "coreLevels")).containsEntry("DP-BASE", 3).containsEntry("PURPOSE", null);
        assertThat(mc).containsEntry("region", "EUROPE").containsEntry("nameDe", "Monaco");
        Map<String, Object> sm = ranking.get(order.indexOf("SM"));
        assertThat(sm).containsEntry("redFlagCount", 1);
        assertThat(ranking.get(order.indexOf("AD"))).containsEntry("score", null);
        List<Double> scores = ranking.stream().map(r -> r.get("score")).takeWhile(s -> s != null).map(s -> ((Number) s).doubleValue()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranking.stream().dropWhile(r -> r.get("score") != null)).allSatisfy(r -> assertThat(r.get("score")).isNull());
        assertThat(Api.list(client, "/api/scorecards?region=AFRICA")).extracting(r -> r.get("region")).containsOnly("AFRICA");
    }

    @Test
    void shouldUpdateTheRankingWhenAnInstrumentEntersIntoForce() {
        long id = Api.createAgreement(client, "TV", "TREATY", "SIGNED", List.of("SKILLED_LABOUR"), true);
        rateApproved(id, "DP-BASE", rating(2, null));
        assertThat(rankingEntry("TV")).containsEntry("score", null);

        Map<String, Object> agreement = Api.get(client, "/api/agreements/" + id);
        Map<String, Object> update = new java.util.HashMap<>(agreement);
        update.put("status", "IN_FORCE");
        update.put("dateInForce", "2025-06-01");
        update.remove("sources");
        Api.send(client, HttpRequest.PUT("/api/agreements/" + id, update));

        assertThat(rankingEntry("TV").get("score")).isNotNull();
        client.toBlocking().exchange(HttpRequest.DELETE("/api/agreements/" + id));
        assertThat(rankingEntry("TV")).isNull();
    }

    @Test
    void shouldRestoreMaintainedScoresWhenAnAdministratorRecomputes() {
        long id = Api.createAgreement(client, "NR", "TREATY", "IN_FORCE", List.of(), true);
        rateApproved(id, "DP-BASE", rating(2, null));
        Object maintained = rankingEntry("NR").get("score");
        assertThat(maintained).isNotNull();
        // as after a bulk load by SQL: the maintained table no longer matches the ratings
        sql.update("DELETE FROM country_scores WHERE country_iso2 = 'NR'");
        assertThat(rankingEntry("NR")).containsEntry("score", null);

        Map<String, Object> result = Api.send(client, HttpRequest.POST("/api/scorecards/recompute", "")
                .header(TestAuth.HEADER, TestAuth.as("score.admin", "ADMIN")));

        assertThat(((Number) result.get("countries")).intValue()).isPositive();
        assertThat(rankingEntry("NR")).containsEntry("score", maintained);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'RECOMPUTE' AND actor = 'score.admin'")).isEqualTo(1);
    }

    private Map<String, Object> rankingEntry(String iso2) {
        return Api.list(client, "/api/scorecards?region=OCEANIA").stream().filter(r -> iso2.equals(r.get("iso2"))).findFirst().orElse(null);
    }
}
