package de.bund.partnerschaftsmonitor.assessment;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence taken from a passage keeps its link; a rating of 0 can record where one looked. */
@MicronautTest(transactional = false)
class EvidenceLinkTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    long agreement() {
        return Api.createAgreement(client, "NZ", "MOU", "SIGNED", List.of("SKILLED_LABOUR"), true);
    }

    long document(long agreementId) {
        return DocumentFixture.document(sql, agreementId).paragraph(7, "Die Vertragsparteien schützen personenbezogene Daten.").store();
    }

    static Map<String, Object> linked(long documentId, String anchor) {
        Map<String, Object> body = Api.rating(2, null);
        Map<String, Object> evidence = new HashMap<>(Api.evidence());
        evidence.put("documentId", documentId);
        evidence.put("anchor", anchor);
        body.put("evidence", evidence);
        return body;
    }

    String path(long id) {
        return "/api/agreements/" + id + "/assessments/DP-BASE";
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldKeepTheLinkToThePassage() {
        long id = agreement();
        long doc = document(id);

        Map<String, Object> saved = Api.rate(client, id, "DP-BASE", linked(doc, "art_7__para_1"));

        assertThat((Map<String, Object>) saved.get("evidence")).containsEntry("documentId", (int) doc).containsEntry("anchor", "art_7__para_1");
        assertThat(sql.count("SELECT COUNT(*) FROM assessments WHERE agreement_id = ? AND evidence_document_id = ? AND evidence_anchor = 'art_7__para_1'",
                id, doc)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRefuseLinksToAnotherInstrumentsDocumentOrAnUnknownAnchorAndStoreNothing() {
        long id = agreement();
        long other = document(agreement());
        long doc = document(id);

        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), linked(other, "art_7__para_1")), 400)))
                .containsExactly("evidence.documentId");
        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), linked(doc, "art_99__para_1")), 400)))
                .containsExactly("evidence.anchor");
        Map<String, Object> noAnchor = linked(doc, "art_7__para_1");
        ((Map<String, Object>) noAnchor.get("evidence")).remove("anchor");
        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), noAnchor), 400))).containsExactly("evidence.anchor");
        DocumentFixture.archive(sql, doc);
        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), linked(doc, "art_7__para_1")), 400)))
                .containsExactly("evidence.documentId");
        assertThat(sql.count("SELECT COUNT(*) FROM assessments WHERE agreement_id = ?", id)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRecordWhereOneLookedForALevelZeroOnly() {
        long id = agreement();
        long doc = document(id);
        Map<String, Object> zero = Api.rating(0, null);
        zero.remove("evidence");
        zero.put("searchRecord", Map.of("documentIds", List.of(doc), "keywords", List.of("Datenschutz", "personal data"), "nothingFound", true));

        Map<String, Object> saved = Api.rate(client, id, "DP-BASE", zero);

        assertThat((Map<String, Object>) saved.get("searchRecord")).containsEntry("nothingFound", true)
                .containsEntry("keywords", List.of("Datenschutz", "personal data")).containsEntry("documentIds", List.of((int) doc));
        Map<String, Object> two = linked(doc, "art_7__para_1");
        two.put("version", saved.get("version"));
        two.put("searchRecord", Map.of("documentIds", List.of(doc), "keywords", List.of("Datenschutz"), "nothingFound", true));
        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), two), 400))).containsExactly("searchRecord");
        Map<String, Object> foreign = new HashMap<>(zero);
        foreign.put("version", saved.get("version"));
        foreign.put("searchRecord", Map.of("documentIds", List.of(document(agreement())), "keywords", List.of(), "nothingFound", true));
        assertThat(Api.fields(Api.problem(client, HttpRequest.PUT(path(id), foreign), 400))).containsExactly("searchRecord.documentIds");
    }
}
