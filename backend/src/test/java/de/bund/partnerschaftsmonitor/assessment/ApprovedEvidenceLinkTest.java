package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.DocumentFixture;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence taken from a passage keeps its link and its source's classification through review and approval: the review
 * queue, the approved snapshot, the scorecard and its export name the passage and carry the VS-NfD marking.
 */
@MicronautTest(transactional = false)
class ApprovedEvidenceLinkTest implements DatabaseTest {

    static final String MARKING = "VS – NUR FÜR DEN DIENSTGEBRAUCH";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    final String run = Long.toString(System.nanoTime(), 36);
    final String author = TestAuth.as("link.author." + run, "DESK_OFFICER");
    final String approver = TestAuth.as("link.approver." + run, "DESK_OFFICER");

    String path(long id, String action) {
        return "/api/agreements/" + id + "/assessments/DP-BASE" + (action == null ? "" : "/" + action);
    }

    Map<String, Object> linkedRating(long documentId, String anchor, String quote, Long version) {
        Map<String, Object> body = Api.rating(3, version);
        Map<String, Object> evidence = new HashMap<>(Api.evidence());
        evidence.put("quote", quote);
        evidence.put("documentId", documentId);
        evidence.put("anchor", anchor);
        body.put("evidence", evidence);
        return body;
    }

    Map<String, Object> as(String who, io.micronaut.http.MutableHttpRequest<?> request) {
        return Api.send(client, request.header(TestAuth.HEADER, who));
    }

    /** Rated by the author with evidence from the document's Art. 7 Abs. 1 and submitted. */
    Map<String, Object> submitted(long id, long doc, String quote) {
        Map<String, Object> rated = as(author, HttpRequest.PUT(path(id, null), linkedRating(doc, "art_7__para_1", quote, null)));
        return as(author, HttpRequest.POST(path(id, "submit"), Map.of("version", rated.get("version"))));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> queueItem(long id) {
        Map<String, Object> page = Api.send(client, HttpRequest.GET("/api/reviews?size=200").header(TestAuth.HEADER, approver));
        return ((List<Map<String, Object>>) page.get("content")).stream()
                .filter(i -> ((Number) i.get("agreementId")).longValue() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> scorecardEvidence(String iso2) {
        Map<String, Object> card = Api.get(client, "/api/countries/" + iso2 + "/scorecard");
        return ((List<Map<String, Object>>) card.get("criteria")).stream().filter(c -> "DP-BASE".equals(c.get("criterionId")))
                .map(c -> (Map<String, Object>) c.get("evidence")).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCarryTheLinkAndTheMarkingOfAVsNfdPassageThroughReviewApprovalScorecardAndExport() {
        long id = Api.createAgreement(client, "FM", "TREATY", "IN_FORCE", List.of(), true);
        long doc = DocumentFixture.document(sql, id).classification("VS_NFD")
                .paragraph(7, "Die Vertragsparteien schützen personenbezogene Daten " + run + ".").store();
        String quote = "Die Vertragsparteien schützen personenbezogene Daten " + run + ".";
        Map<String, Object> sent = submitted(id, doc, quote);
        assertThat((Map<String, Object>) sent.get("evidence")).containsEntry("marking", MARKING);

        // The reviewer sees where the quote comes from and that it is classified.
        Map<String, Object> item = queueItem(id);
        assertThat((Map<String, Object>) item.get("evidence")).containsEntry("documentId", (int) doc)
                .containsEntry("anchor", "art_7__para_1").containsEntry("marking", MARKING);
        String queueCsv = client.toBlocking().retrieve(HttpRequest.GET("/api/reviews?format=csv&size=200").header(TestAuth.HEADER, approver));
        assertThat(queueCsv.lines().filter(l -> l.contains(quote)).findFirst().orElseThrow()).contains(MARKING);

        Map<String, Object> approved = as(approver, HttpRequest.POST(path(id, "approve"), Map.of("version", item.get("version"))));
        Map<String, Object> snapshot = (Map<String, Object>) ((Map<String, Object>) approved.get("approved")).get("evidence");
        assertThat(snapshot).containsEntry("documentId", (int) doc).containsEntry("anchor", "art_7__para_1").containsEntry("marking", MARKING);
        assertThat(sql.count("SELECT COUNT(*) FROM assessment_approvals WHERE agreement_id = ? AND evidence_document_id = ?"
                + " AND evidence_anchor = 'art_7__para_1' AND evidence_classification = 'VS_NFD'", id, doc)).isEqualTo(1);

        // A later draft with typed evidence changes nothing of what was approved: the scorecard still opens the passage.
        Map<String, Object> typed = Api.rating(3, ((Number) approved.get("version")).longValue());
        as(author, HttpRequest.PUT(path(id, null), typed));
        Map<String, Object> evidence = scorecardEvidence("FM");
        assertThat(evidence).containsEntry("quote", quote).containsEntry("documentId", (int) doc)
                .containsEntry("anchor", "art_7__para_1").containsEntry("marking", MARKING);
        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/countries/FM/scorecard?format=csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Einstufung des Zitats");
        assertThat(csv.lines().filter(l -> l.contains(quote)).findFirst().orElseThrow()).contains(MARKING);
    }

    /**
     * Open data and the approved-only brief judge what was approved: its classified source keeps the rating out of the
     * publication and marks the brief, even when the current draft no longer links the document.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldKeepAnApprovedQuoteOfAVsNfdDocumentOutOfOpenDataAndMarkTheBriefWhateverTheDraftLinks() throws Exception {
        long id = Api.createAgreement(client, "SB", "TREATY", "IN_FORCE", List.of(), true);
        long doc = DocumentFixture.document(sql, id).classification("VS_NFD").paragraph(7, "Geheimer Text " + run + ".").store();
        String quote = "Geheimer Text " + run + ".";
        Map<String, Object> sent = submitted(id, doc, quote);
        Map<String, Object> approved = as(approver, HttpRequest.POST(path(id, "approve"), Map.of("version", sent.get("version"))));
        as(author, HttpRequest.PUT(path(id, null), Api.rating(3, ((Number) approved.get("version")).longValue())));

        String admin = TestAuth.as("link.admin", "ADMIN");
        HttpResponse<Map<String, Object>> release = Api.call(client.toBlocking(), HttpRequest.POST("/api/open-data/releases", "")
                .header(TestAuth.HEADER, admin).contentType("application/json"));
        assertThat(release.code()).isEqualTo(201);
        byte[] zip = client.toBlocking().retrieve(HttpRequest.GET(release.getHeaders().get("Location")).header(TestAuth.HEADER, admin), byte[].class);
        String ratings = unzipped(zip, "ratings.csv");
        HttpResponse<byte[]> brief = client.toBlocking().exchange(HttpRequest.GET("/api/countries/SB/brief"), byte[].class);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(ratings.lines().filter(l -> l.startsWith(id + ",")).toList()).as("ratings of the instrument in open data").isEmpty();
            soft.assertThat(ratings).as("open data").doesNotContain(quote);
            soft.assertThat(brief.getHeaders().get("X-Classification")).as("the approved-only brief's classification").isEqualTo("VS_NFD");
        });
    }

    static String unzipped(byte[] zip, String name) throws java.io.IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the package");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldOpenAnOpenPassageWithoutMarkingAndKeepApprovalsMadeBeforeTheLinkWasStored() {
        long id = Api.createAgreement(client, "NZ", "TREATY", "IN_FORCE", List.of(), true);
        long doc = DocumentFixture.document(sql, id).paragraph(7, "Offener Text " + run + ".").store();
        Map<String, Object> sent = submitted(id, doc, "Offener Text " + run + ".");
        Map<String, Object> approved = as(approver, HttpRequest.POST(path(id, "approve"), Map.of("version", sent.get("version"))));
        Map<String, Object> snapshot = (Map<String, Object>) ((Map<String, Object>) approved.get("approved")).get("evidence");
        assertThat(snapshot).containsEntry("documentId", (int) doc);
        assertThat(snapshot.get("marking")).isNull();

        // A snapshot stored before V120 has no link: it still reads, just without a passage to open.
        sql.update("UPDATE assessment_approvals SET evidence_document_id = NULL, evidence_anchor = NULL, evidence_classification = NULL"
                + " WHERE agreement_id = ?", id);
        List<Map<String, Object>> all = Api.list(client, "/api/agreements/" + id + "/assessments");
        Map<String, Object> before = (Map<String, Object>) ((Map<String, Object>) all.stream()
                .filter(a -> "DP-BASE".equals(a.get("criterionId"))).findFirst().orElseThrow().get("approved")).get("evidence");
        assertThat(before).containsEntry("quote", "Offener Text " + run + ".");
        assertThat(before.get("documentId")).isNull();
    }
}
