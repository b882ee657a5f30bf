package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates that cannot be true: a document version or evidence dated after today, a review before the signature or 1950. */
@MicronautTest(transactional = false)
class DatePlausibilityTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    static final String TOMORROW = Dates.today().plusDays(1).toString();

    long instrument() {
        return Api.createAgreement(http, "NZ", "TREATY", "IN_FORCE", List.of("RETURN_READMISSION"), true);
    }

    @SuppressWarnings("unchecked")
    static List<String> fieldCodes(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> e.get("field") + ":" + e.get("code")).toList();
    }

    HttpResponse<Map<String, Object>> upload(long id, String versionDate) {
        MultipartBody body = MultipartBody.builder().addPart("kind", "SIGNED_TEXT").addPart("language", "de").addPart("versionDate", versionDate)
                .addPart("classification", "OFFEN").addPart("text", "Artikel 1 Zweck").build();
        return Api.call(http.toBlocking(), HttpRequest.POST("/api/agreements/" + id + "/documents", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    @Test
    void shouldRefuseADocumentVersionDatedAfterTodayAndAcceptToday() {
        long id = instrument();
        long before = sql.count("SELECT COUNT(*) FROM agreement_documents");
        HttpResponse<Map<String, Object>> refused = upload(id, TOMORROW);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(fieldCodes(Api.problem(refused))).containsExactly("versionDate:date.future");
        assertThat(sql.count("SELECT COUNT(*) FROM agreement_documents")).isEqualTo(before);
        assertThat(upload(id, "2099-01-01").code()).isEqualTo(400);
        assertThat(upload(id, Dates.today().toString()).code()).isEqualTo(201);
    }

    @Test
    void shouldRefuseEvidenceDatedAfterToday() {
        long id = instrument();
        Map<String, Object> body = Api.rating(1, null);
        Map<String, Object> evidence = new HashMap<>(Api.evidence());
        evidence.put("asOf", "2099-01-01");
        body.put("evidence", evidence);
        Map<String, Object> problem = Api.problem(http, HttpRequest.PUT("/api/agreements/" + id + "/assessments/DP-BASE", body), 400);
        assertThat(fieldCodes(problem)).containsExactly("evidence.asOf:date.future");
        assertThat(sql.count("SELECT COUNT(*) FROM assessments WHERE agreement_id = " + id)).isZero();
    }

    Map<String, Object> instrumentBody(String signed, String review) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "NZ");
        body.put("type", "MOU");
        body.put("titleEn", "Review date test " + System.nanoTime());
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "SIGNED");
        body.put("dateSigned", signed);
        body.put("nextReviewDue", review);
        return body;
    }

    @Test
    void shouldRefuseAReviewBeforeTheSignatureOrBefore1950() {
        assertThat(fieldCodes(Api.problem(http, HttpRequest.POST("/api/agreements", instrumentBody(null, "1900-01-01")), 400)))
                .containsExactly("nextReviewDue:agreement.nextReviewDue.tooEarly");
        assertThat(fieldCodes(Api.problem(http, HttpRequest.POST("/api/agreements", instrumentBody("2024-05-01", "2024-04-30")), 400)))
                .containsExactly("nextReviewDue:agreement.nextReviewDue.tooEarly");
        // The day of the signature and any later day are plausible, also for instruments without a signing date.
        assertThat(Api.send(http, HttpRequest.POST("/api/agreements", instrumentBody("2024-05-01", "2024-05-01")))).containsEntry("nextReviewDue", "2024-05-01");
        assertThat(Api.send(http, HttpRequest.POST("/api/agreements", instrumentBody(null, "1950-01-01")))).containsEntry("nextReviewDue", "1950-01-01");
    }
}
