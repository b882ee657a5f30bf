package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.DocumentFixture;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The passage finder and the search page over documents stored as the documents feature stores them (V70 tables). */
@MicronautTest(transactional = false)
class PassageFinderTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    /** A made-up word that no other test's text contains, so global searches see only this test's passages. */
    static String nonce() {
        Random r = new Random();
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    long agreement() {
        return Api.createAgreement(client, "NZ", "MOU", "SIGNED", List.of("SKILLED_LABOUR"), true);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> hits(String q) {
        Map<String, Object> page = Api.get(client, "/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) page.get("content");
    }

    @SuppressWarnings("unchecked")
    static List<String> marked(Map<String, Object> hit) {
        Map<String, Object> snippet = (Map<String, Object>) hit.get("snippet");
        String text = (String) snippet.get("text");
        return ((List<Map<String, Object>>) snippet.get("marks")).stream()
                .map(m -> text.substring(((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue())).toList();
    }

    @Test
    void shouldFindGermanCompoundsAndInflectionsFromTheirParts() {
        String n = nonce();
        long id = agreement();
        long doc = DocumentFixture.document(sql, id)
                .paragraph(3, "Die Vertragsparteien beachten die Datenschutzbestimmungen beider Staaten (" + n + ").")
                .paragraph(4, "Die Durchführung des Rückübernahmeabkommens wird jährlich überprüft (" + n + ").")
                .paragraph(5, "Eine unabhängige Aufsichtsbehörde kontrolliert die Übermittlung (" + n + ").")
                .store();

        List<Map<String, Object>> datenschutz = hits("Datenschutz " + n);
        assertThat(datenschutz).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("reference", "Art. 3 Abs. 1").containsEntry("anchor", "art_3__para_1")
                    .containsEntry("link", "/instruments/" + id + "/documents/" + doc + "#art_3__para_1");
            assertThat(marked(h)).contains("Datenschutzbestimmungen");
        });
        assertThat(hits("Rückübernahme " + n)).singleElement().satisfies(h -> assertThat(marked(h)).contains("Rückübernahmeabkommens"));
        assertThat(hits("Aufsicht " + n)).singleElement().satisfies(h -> assertThat(marked(h)).contains("Aufsichtsbehörde"));
        assertThat(hits("Datenschutzbestimmung " + n)).as("an inflected form finds the plural").hasSize(1);
        assertThat(hits("Aufsicht Datenschutz " + n)).as("every word must match in one passage").isEmpty();
    }

    @Test
    void shouldJoinEnglishFormsOnlyWhereThePorterStemmerDoes() {
        String n = nonce();
        long id = agreement();
        DocumentFixture.document(sql, id).language("en").title("Agreement (test text)")
                .paragraph(1, "The transfers shall be overseen by the competent authority (" + n + ").")
                .paragraph(2, "Both parties report their oversights to the joint committee (" + n + ").")
                .paragraph(3, "The joint committee oversees the implementation (" + n + ").")
                .store();

        assertThat(hits("oversight " + n)).as("oversight → oversight: finds oversights, not overseen or oversees")
                .extracting(h -> h.get("reference")).containsExactly("Art. 2 Abs. 1");
        assertThat(hits("oversee " + n)).as("oversee → overse finds oversees by its stem; overseen only as a word part, ranked below")
                .extracting(h -> h.get("reference")).containsExactly("Art. 3 Abs. 1", "Art. 1 Abs. 1");
        assertThat(hits("overseen " + n)).as("overseen by its stem first; oversees only as a word part (overse…)")
                .extracting(h -> h.get("reference")).containsExactly("Art. 1 Abs. 1", "Art. 3 Abs. 1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRankPassagesForACriterionAndSayWhichKeywordsMatched() {
        long id = agreement();
        long doc = DocumentFixture.document(sql, id)
                .paragraph(1, "Die Vertragsparteien erleichtern die Erteilung von Visa für Fachkräfte.")
                .paragraph(2, "Für den Schutz personenbezogener Daten gelten die Datenschutzbestimmungen der Vertragsparteien;"
                        + " der Datenschutz wird nach Maßgabe des innerstaatlichen Rechts gewährleistet.")
                .paragraph(3, "Die Vertragsparteien tauschen Informationen aus. Der Austausch erfolgt unter Beachtung des Datenschutzes"
                        + " und umfasst Angaben zu Ausbildung, Sprachkenntnissen, Berufserfahrung und Arbeitsplatzangeboten der Bewerberinnen und Bewerber.")
                .store();

        Map<String, Object> result = Api.get(client, "/api/agreements/" + id + "/passages?criterion=DP-BASE");

        assertThat(result).containsEntry("criterion", "DP-BASE");
        assertThat(Api.strings(result.get("keywordsDe"))).contains("Datenschutz", "personenbezogene Daten");
        assertThat((List<Map<String, Object>>) result.get("documentsSearched")).extracting(d -> ((Number) d.get("id")).longValue())
                .containsExactly(doc);
        List<Map<String, Object>> passages = (List<Map<String, Object>>) result.get("passages");
        assertThat(passages).extracting(p -> p.get("reference")).containsExactly("Art. 2 Abs. 1", "Art. 3 Abs. 1");
        Map<String, Object> best = passages.get(0);
        assertThat(best).containsEntry("documentId", (int) doc).containsEntry("anchor", "art_2__para_1");
        assertThat((String) best.get("text")).startsWith("Für den Schutz personenbezogener Daten");
        List<Map<String, Object>> matched = (List<Map<String, Object>>) best.get("matchedTerms");
        assertThat(matched).anySatisfy(m -> {
            assertThat(m).containsEntry("keyword", "Datenschutz").containsEntry("language", "de");
            assertThat(Api.strings(m.get("forms"))).contains("Datenschutzbestimmungen", "Datenschutz");
            assertThat(Api.strings(m.get("searched"))).contains("datenschutz", "datenschutz…");
        });
        assertThat(matched).anySatisfy(m -> assertThat(m).containsEntry("keyword", "personenbezogene Daten"));
        String text = (String) best.get("text");
        assertThat((List<Map<String, Object>>) best.get("marks")).extracting(m -> text.substring(((Number) m.get("start")).intValue(),
                ((Number) m.get("end")).intValue())).contains("Datenschutzbestimmungen");
        assertThat(((Number) best.get("score")).doubleValue()).isGreaterThan(((Number) passages.get(1).get("score")).doubleValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCarryTheMarkingOfClassifiedDocumentsAndLeaveOutArchivedOnes() {
        long id = agreement();
        DocumentFixture.document(sql, id).classification("VS_NFD").title("Durchführungsvermerk")
                .paragraph(9, "Der Datenschutz wird durch gemeinsame Prüfungen sichergestellt.").store();
        long archived = DocumentFixture.document(sql, id).title("Alte Fassung")
                .paragraph(1, "Der Datenschutz gilt nach innerstaatlichem Recht.").store();
        DocumentFixture.archive(sql, archived);

        List<Map<String, Object>> passages = (List<Map<String, Object>>) Api.get(client,
                "/api/agreements/" + id + "/passages?criterion=DP-BASE").get("passages");

        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("marking", "VS – NUR FÜR DEN DIENSTGEBRAUCH");
            assertThat((Map<String, Object>) p.get("document")).containsEntry("classification", "VS_NFD").containsEntry("title", "Durchführungsvermerk");
        });
    }

    @Test
    void shouldAnswerProblemsForUnknownCriterionAgreementAndMissingQuery() {
        long id = agreement();
        assertThat(Api.problem(client, HttpRequest.GET("/api/agreements/" + id + "/passages?criterion=NOPE"), 404)).containsEntry("code", "criterion.notFound");
        assertThat(Api.problem(client, HttpRequest.GET("/api/agreements/999999999/passages?criterion=DP-BASE"), 404)).containsEntry("code", "agreement.notFound");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/agreements/" + id + "/passages"), 400))).containsExactly("criterion");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/search?q="), 400))).containsExactly("q");
    }
}
