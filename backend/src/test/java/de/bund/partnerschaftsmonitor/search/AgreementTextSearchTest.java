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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreements list's {@code q} through the search index: titles, summaries and document texts, ranked, filters kept. */
@MicronautTest(transactional = false)
class AgreementTextSearchTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    long create(String type, String titleDe, String summaryDe) {
        return create("NZ", type, "SIGNED", "SKILLED_LABOUR", titleDe, summaryDe);
    }

    long create(String country, String type, String status, String component, String titleDe, String summaryDe) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", country);
        body.put("type", type);
        body.put("titleDe", titleDe);
        body.put("summaryDe", summaryDe);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", status);
        body.put("components", List.of(component));
        return ((Number) Api.send(client, HttpRequest.POST("/api/agreements", body)).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String query) {
        return (List<Map<String, Object>>) Api.get(client, "/api/agreements?" + query).get("content");
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRankTitlesSummariesAndDocumentTextsAndKeepTheFilters() {
        String n = PassageFinderTest.nonce();
        long title = create("MOU", "Absichtserklärung zum Datenschutz " + n, "Zusammenarbeit bei der Migration.");
        long summary = create("TREATY", "Abkommen " + n, "Regelt unter anderem die Datenschutzaufsicht und die Übermittlung.");
        long text = create("MOU", "Vereinbarung " + n, "Zusammenarbeit.");
        DocumentFixture.document(sql, text).paragraph(12, "Die Datenschutzbestimmungen gelten entsprechend (" + n + ").").store();
        create("MOU", "Vereinbarung ohne Treffer " + n, "Visa.");

        List<Map<String, Object>> all = list(q("Datenschutz " + n));
        assertThat(all).extracting(a -> ((Number) a.get("id")).longValue()).as("the title match ranks first")
                .containsExactlyInAnyOrder(title, summary, text).first().isEqualTo(title);
        Map<String, Object> viaText = all.stream().filter(a -> ((Number) a.get("id")).longValue() == text).findFirst().orElseThrow();
        Map<String, Object> match = (Map<String, Object>) viaText.get("match");
        String snippet = (String) match.get("text");
        assertThat(snippet).contains("Datenschutzbestimmungen");
        Map<String, Object> mark = ((List<Map<String, Object>>) match.get("marks")).get(0);
        assertThat(snippet.substring(((Number) mark.get("start")).intValue(), ((Number) mark.get("end")).intValue())).isEqualTo("Datenschutzbestimmungen");

        assertThat(list(q("Datenschutz " + n) + "&type=TREATY")).extracting(a -> ((Number) a.get("id")).longValue()).containsExactly(summary);
        assertThat(list(q("Datenschutz " + n) + "&sort=title,asc")).extracting(a -> a.get("titleDe"))
                .containsExactly("Abkommen " + n, "Absichtserklärung zum Datenschutz " + n, "Vereinbarung " + n);
        assertThat(list(q("Rückübernahme " + n))).isEmpty();
        assertThat(list(q("Neuseeland " + n))).as("the country's name is searched too").hasSize(4);
        Map<String, Object> current = Api.get(client, "/api/agreements/" + summary);
        Map<String, Object> change = new HashMap<>(current);
        change.keySet().retainAll(List.of("countryIso2", "type", "partyLevel", "status", "components", "version", "titleDe", "summaryDe"));
        change.put("responsibleDesk", "Referat M " + n);
        Api.send(client, HttpRequest.PUT("/api/agreements/" + summary, change));
        assertThat(ids(q("Referat " + n))).as("the responsible desk is searched, as the field's hint says").containsExactly(summary);
    }

    @Test
    void shouldFollowAChangedTitleAtOnce() {
        String n = PassageFinderTest.nonce();
        long id = create("MOU", "Erklärung " + n, "Zusammenarbeit.");
        assertThat(list(q("Rückübernahme " + n))).isEmpty();
        Map<String, Object> current = Api.get(client, "/api/agreements/" + id);
        Map<String, Object> change = new HashMap<>(current);
        change.keySet().retainAll(List.of("countryIso2", "type", "partyLevel", "status", "components", "version", "summaryDe"));
        change.put("titleDe", "Erklärung zur Rückübernahme " + n);
        Api.send(client, HttpRequest.PUT("/api/agreements/" + id, change));
        assertThat(list(q("Rückübernahme " + n))).extracting(a -> ((Number) a.get("id")).longValue()).containsExactly(id);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPageTheRankedListInRankOrderWithTheFilteredTotal() {
        String n = PassageFinderTest.nonce();
        create("MOU", "Absichtserklärung zum Datenschutz " + n, "Zusammenarbeit.");
        long treaty = create("TREATY", "Abkommen " + n, "Regelt die Datenschutzaufsicht.");
        long text = create("MOU", "Vereinbarung " + n, "Zusammenarbeit.");
        DocumentFixture.document(sql, text).paragraph(3, "Die Datenschutzbestimmungen gelten (" + n + ").").store();
        create("MOU", "Vereinbarung ohne Treffer " + n, "Visa.");

        List<Long> ranked = list(q("Datenschutz " + n)).stream().map(a -> ((Number) a.get("id")).longValue()).toList();
        assertThat(ranked).hasSize(3);
        for (int page = 0; page < 3; page++) {
            Map<String, Object> answer = Api.get(client, "/api/agreements?" + q("Datenschutz " + n) + "&size=1&page=" + page);
            assertThat(((Number) answer.get("totalSize")).longValue()).isEqualTo(3);
            assertThat((List<Map<String, Object>>) answer.get("content")).extracting(a -> ((Number) a.get("id")).longValue())
                    .as("page %d holds the %d. of the ranked list", page, page + 1).containsExactly(ranked.get(page));
        }
        Map<String, Object> beyond = Api.get(client, "/api/agreements?" + q("Datenschutz " + n) + "&size=1&page=3");
        assertThat((List<?>) beyond.get("content")).isEmpty();
        assertThat(((Number) beyond.get("totalSize")).longValue()).isEqualTo(3);
        Map<String, Object> filtered = Api.get(client, "/api/agreements?" + q("Datenschutz " + n) + "&type=MOU&size=1&page=1");
        assertThat(((Number) filtered.get("totalSize")).longValue()).as("the filters count, not the index alone").isEqualTo(2);
        List<Long> mous = ranked.stream().filter(id -> id != treaty).toList();
        assertThat((List<Map<String, Object>>) filtered.get("content")).extracting(a -> ((Number) a.get("id")).longValue())
                .as("the second MOU in rank order").containsExactly(mous.get(1));
    }

    List<Long> ids(String query) {
        return list(query).stream().map(a -> ((Number) a.get("id")).longValue()).toList();
    }

    @Test
    void shouldApplyEveryFilterWithTheTextAndFollowArchivingAndDocuments() {
        String n = PassageFinderTest.nonce();
        long nz = create("NZ", "MOU", "SIGNED", "SKILLED_LABOUR", "Erklärung zur Zweckbindung " + n, "Visa.");
        long fj = create("FJ", "TREATY", "IN_FORCE", "RETURN_READMISSION", "Abkommen zur Zweckbindung " + n, "Visa.");
        long text = create("FJ", "MOU", "IN_FORCE", "SKILLED_LABOUR", "Vereinbarung " + n, "Visa.");
        long document = DocumentFixture.document(sql, text).paragraph(4, "Es gilt der Grundsatz der Zweckbindung.").store();
        String q = q("Zweckbindung " + n);

        assertThat(ids(q)).containsExactlyInAnyOrder(nz, fj, text);
        assertThat(ids(q + "&country=FJ")).containsExactlyInAnyOrder(fj, text);
        assertThat(ids(q + "&type=TREATY")).containsExactly(fj);
        assertThat(ids(q + "&status=SIGNED")).containsExactly(nz);
        assertThat(ids(q + "&component=SKILLED_LABOUR")).containsExactlyInAnyOrder(nz, text);
        assertThat(ids(q + "&component=SKILLED_LABOUR&country=FJ&sort=title,asc")).containsExactly(text);
        assertThat(ids(q + "&archived=true")).isEmpty();

        Map<String, Object> current = Api.get(client, "/api/agreements/" + nz);
        client.toBlocking().exchange(HttpRequest.DELETE("/api/agreements/" + nz + "?version=" + current.get("version")));
        assertThat(ids(q)).as("an archived instrument leaves the list").containsExactlyInAnyOrder(fj, text);
        assertThat(ids(q + "&archived=true")).as("and is found among the archived").containsExactly(nz);

        client.toBlocking().exchange(HttpRequest.DELETE("/api/documents/" + document));
        assertThat(ids(q)).as("an archived document's text is no longer searched").containsExactly(fj);
    }
}
