package de.bund.partnerschaftsmonitor.document;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DocumentApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    @Inject
    DocumentService documents;

    @Inject
    TestAuth auth;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    long agreement() {
        return Api.createAgreement(http, "NZ", "MOU", "SIGNED", List.of("SKILLED_LABOUR"), true);
    }

    static MultipartBody.Builder metadata(String kind, String language) {
        return MultipartBody.builder().addPart("kind", kind).addPart("language", language).addPart("versionDate", "2025-03-01")
                .addPart("source", "https://example.org/abkommen").addPart("classification", "OFFEN");
    }

    static MutableHttpRequest<MultipartBody> upload(long agreementId, MultipartBody.Builder body) {
        return HttpRequest.POST("/api/agreements/" + agreementId + "/documents", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    static MultipartBody.Builder file(String name, String type, byte[] bytes) {
        return metadata("SIGNED_TEXT", "de").addPart("file", name, MediaType.of(type), bytes);
    }

    HttpResponse<Map<String, Object>> send(long agreementId, MultipartBody.Builder body) {
        return call(client, upload(agreementId, body));
    }

    Map<String, Object> created(long agreementId, MultipartBody.Builder body) {
        HttpResponse<Map<String, Object>> response = send(agreementId, body);
        assertThat(response.code()).as("upload: %s", response.getBody(Api.JSON)).isEqualTo(201);
        assertThat(response.getHeaders().get("Location")).isEqualTo("/api/documents/" + response.body().get("id"));
        return response.body();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> units(Object documentId) {
        return (List<Map<String, Object>>) Api.get(http, "/api/documents/" + documentId).get("units");
    }

    long stored() {
        return sql.count("SELECT COUNT(*) FROM agreement_documents") + sql.count("SELECT COUNT(*) FROM document_contents")
                + sql.count("SELECT COUNT(*) FROM document_units");
    }

    /** Uploads that must be refused: status, problem code, the field named, and not one row written. */
    void assertRefused(MultipartBody.Builder body, int status, String code, String field) {
        long agreementId = agreement();
        long before = stored();
        HttpResponse<Map<String, Object>> response = send(agreementId, body);
        assertThat(response.code()).as("%s: %s", code, response.getBody(Api.JSON)).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = Api.problem(response);
        assertThat(problem.get("code")).isEqualTo(code);
        assertThat(Api.fields(problem)).containsExactly(field);
        assertThat(stored()).as("rows after a refused upload").isEqualTo(before);
    }

    void assertTreatyStructure(Object documentId) {
        List<Map<String, Object>> units = units(documentId);
        assertThat(units).extracting(u -> u.get("anchor")).containsExactly("preamble", "art_1", "art_7", "art_7__para_1", "art_7__para_2");
        assertThat(units.get(4)).containsEntry("label", "Art. 7 Abs. 2").containsEntry("parentAnchor", "art_7").containsEntry("kind", "PARAGRAPH");
        assertThat((String) units.get(4).get("text")).contains("unabhängige Aufsichtsbehörde");
        assertThat(units.get(2)).containsEntry("heading", "Datenschutz");
    }

    @Test
    void shouldExtractTheStructureOfATextPdf() {
        long id = agreement();
        Map<String, Object> doc = created(id, file("abkommen.pdf", "application/pdf", TestFiles.pdf(TestFiles.TREATY, 1)));

        assertThat(doc).containsEntry("mediaType", "application/pdf").containsEntry("fileName", "abkommen.pdf")
                .containsEntry("state", "CURRENT").containsEntry("uploadedBy", TestAuth.DEFAULT_USER).containsEntry("kind", "SIGNED_TEXT")
                .containsEntry("language", "de").containsEntry("versionDate", "2025-03-01").containsEntry("classification", "OFFEN");
        assertTreatyStructure(doc.get("id"));
    }

    @Test
    void shouldExtractDocxOdtHtmlAndText() {
        long id = agreement();
        Object docx = created(id, metadata("SIGNED_TEXT", "de").addPart("file", "a.docx",
                MediaType.of(TextExtractor.DOCX), TestFiles.docx(TestFiles.TREATY))).get("id");
        Object odt = created(id, metadata("TRANSLATION", "de").addPart("file", "a.odt",
                MediaType.of(TextExtractor.ODT), TestFiles.odt(TestFiles.TREATY))).get("id");
        Object html = created(id, metadata("AMENDMENT", "de").addPart("file", "a.html", MediaType.TEXT_HTML_TYPE,
                TestFiles.html(TestFiles.TREATY))).get("id");
        Object text = created(id, metadata("SUMMARY", "de").addPart("file", "a.txt", MediaType.TEXT_PLAIN_TYPE,
                TestFiles.text(TestFiles.TREATY))).get("id");

        for (Object doc : List.of(docx, odt, html, text)) {
            assertTreatyStructure(doc);
        }
        // The HTML's script and remote references are not text of the document.
        assertThat(units(html)).noneMatch(u -> ((String) u.get("text")).contains("fetch") || ((String) u.get("text")).contains("example.org"));
        assertThat(Api.get(http, "/api/documents/" + html).get("document")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("mediaType", "text/html");
    }

    @Test
    void shouldStorePastedTextAsAUtf8Original() {
        long id = agreement();
        String text = String.join("\n", TestFiles.TREATY);
        Map<String, Object> doc = created(id, metadata("SIGNED_TEXT", "de").addPart("text", text).addPart("title", "Abkommen (Entwurf)"));

        assertThat(doc).containsEntry("mediaType", "text/plain").containsEntry("title", "Abkommen (Entwurf)").doesNotContainKey("fileName");
        assertTreatyStructure(doc.get("id"));
        HttpResponse<byte[]> original = client.exchange(HttpRequest.GET("/api/documents/" + doc.get("id") + "/original"), byte[].class);
        assertThat(new String(original.body(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(original.getContentType().orElseThrow().toString()).startsWith("text/plain");
    }

    @Test
    void shouldReadTheCrlfLineBreaksOfATextareaAsSingleBreaks() {
        long id = agreement();
        Object doc = created(id, metadata("SIGNED_TEXT", "de").addPart("text", String.join("\r\n", TestFiles.TREATY))).get("id");

        assertTreatyStructure(doc);
        assertThat(units(doc).get(1).get("text")).isEqualTo("Artikel 1\nGegenstand\nDieses Abkommen regelt die Zusammenarbeit.");
    }

    @Test
    void shouldRefuseAScannedPdfWithoutText() {
        assertRefused(file("scan.pdf", "application/pdf", TestFiles.pdfWithoutText()), 400, "document.file.noText", "file");
    }

    @Test
    void shouldSayInGermanAndEnglishThatAScanHasNoTextLayer() {
        long id = agreement();
        HttpResponse<Map<String, Object>> de = send(id, file("scan.pdf", "application/pdf", TestFiles.pdfWithoutText()));
        HttpResponse<Map<String, Object>> en = call(client, upload(id, file("scan.pdf", "application/pdf", TestFiles.pdfWithoutText()))
                .header("Accept-Language", "en"));

        assertThat(Api.problem(de).get("detail")).isEqualTo("Das PDF hat keine Textebene; laden Sie eine Textfassung hoch oder fügen Sie den Text ein.");
        assertThat(Api.problem(en).get("detail")).isEqualTo("The PDF has no text layer; upload a text version or paste the text.");
    }

    @Test
    void shouldRefuseAnEncryptedPdf() {
        assertRefused(file("geheim.pdf", "application/pdf", TestFiles.encryptedPdf()), 400, "document.file.encrypted", "file");
    }

    @Test
    void shouldRefuseAFileWhoseNameDisagreesWithItsContent() {
        assertRefused(file("vertrag.docx", TextExtractor.DOCX, TestFiles.pdf(TestFiles.TREATY, 1)), 415, "document.file.typeMismatch", "file");
        assertRefused(file("notiz.txt", "text/plain", TestFiles.html(TestFiles.TREATY)), 415, "document.file.typeMismatch", "file");
    }

    @Test
    void shouldRefuseAProgramNamedAsPdf() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        assertRefused(file("abkommen.pdf", "application/pdf", exe), 415, "document.file.type", "file");
    }

    @Test
    void shouldRefuseAZipBombAndAZipOfTooManyEntries() {
        assertRefused(file("bombe.docx", TextExtractor.DOCX, TestFiles.zipBomb()), 400, "document.file.archiveTooLarge", "file");
        assertRefused(file("viele.odt", TextExtractor.ODT, TestFiles.manyEntries()), 400, "document.file.archiveTooLarge", "file");
    }

    @Test
    void shouldRefuseBrokenFiles() {
        byte[] pdf = TestFiles.pdf(TestFiles.TREATY, 1);
        assertRefused(file("kaputt.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 3)), 400, "document.file.unreadable", "file");
        byte[] docx = TestFiles.docx(TestFiles.TREATY);
        assertRefused(file("kaputt.docx", TextExtractor.DOCX, Arrays.copyOf(docx, docx.length / 2)), 400, "document.file.unreadable", "file");
    }

    @Test
    void shouldRefuseAFileOverTheLimitWithTheDocumentProblem() {
        byte[] justOver = new byte[TextExtractor.MAX_BYTES + 1];
        Arrays.fill(justOver, (byte) 'a');
        assertRefused(file("gross.txt", "text/plain", justOver), 413, "document.file.tooLarge", "file");
    }

    @Test
    void shouldAnswerTheDocumentProblemBeyondTheServersRequestLimit() throws Exception {
        // Beyond max-request-size the framework stops reading; the answer is still the document problem, as JSON.
        long agreementId = agreement();
        long before = stored();
        String boundary = "pm-boundary-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSIGNED_TEXT\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nde\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"classification\"\r\n\r\nOFFEN\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"riesig.txt\"\r\nContent-Type: text/plain\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[17 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        body.write(huge);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/agreements/" + agreementId + "/documents"))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + auth.token(TestAuth.DEFAULT_USER, List.of("DESK_OFFICER")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"document.file.tooLarge\"").contains("\"field\":\"file\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldKeepJsonBodiesAtTheirOwnLimit() {
        HttpResponse<Map<String, Object>> response = call(client, Api.rawJson("POST", "/api/agreements",
                "{\"titleDe\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"));
        assertThat(response.code()).isEqualTo(413);
        assertThat(Api.problem(response).get("code")).isEqualTo("request.tooLarge");
    }

    @Test
    void shouldRefuseMissingOrBadMetadataNamingEachField() {
        long id = agreement();
        long before = stored();
        HttpResponse<Map<String, Object>> response = send(id, MultipartBody.builder().addPart("kind", "PAMPHLET").addPart("language", "deu")
                .addPart("versionDate", "1.3.2025").addPart("classification", "GEHEIM"));

        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.problem(response).get("code")).isEqualTo("request.invalid");
        assertThat(Api.problemFields(response)).containsExactly("kind", "language", "classification", "versionDate", "file");
        assertThat(stored()).isEqualTo(before);
        assertRefused(metadata("SIGNED_TEXT", "de").addPart("text", "Text").addPart("file", "a.txt", MediaType.TEXT_PLAIN_TYPE,
                "Anderer Text".getBytes(StandardCharsets.UTF_8)), 400, "request.invalid", "text");
    }

    @Test
    void shouldAnswer404ForAnUnknownInstrumentAndStoreNothing() {
        long before = stored();
        HttpResponse<Map<String, Object>> response = send(999_999_999L, metadata("SIGNED_TEXT", "de").addPart("text", "Text"));
        assertThat(response.code()).isEqualTo(404);
        assertThat(Api.problem(response).get("code")).isEqualTo("agreement.notFound");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldSupersedeTheCurrentVersionOfTheSameKindAndLanguageOnly() {
        long id = agreement();
        Object first = created(id, metadata("SIGNED_TEXT", "de").addPart("text", "Fassung eins")).get("id");
        Object english = created(id, metadata("SIGNED_TEXT", "en").addPart("text", "Version one")).get("id");
        Object second = created(id, metadata("SIGNED_TEXT", "de").addPart("text", "Fassung zwei")).get("id");

        List<Map<String, Object>> list = Api.list(http, "/api/agreements/" + id + "/documents");
        assertThat(list).extracting(d -> d.get("id")).containsExactly(second, english, first);
        assertThat(list).extracting(d -> d.get("state")).containsExactly("CURRENT", "CURRENT", "SUPERSEDED");
        assertThat(list.get(2).get("supersededBy")).isEqualTo(second);
        // The superseded version stays readable.
        assertThat(units(first)).extracting(u -> u.get("text")).containsExactly("Fassung eins");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'document' AND action = 'SUPERSEDE' AND entity_id = ?",
                String.valueOf(first))).isEqualTo(1);
    }

    @Test
    void shouldRecogniseTheSameFileTwiceAndNameTheDocumentThatHasIt() {
        long id = agreement();
        byte[] pdf = TestFiles.pdf(TestFiles.TREATY, 1);
        Object first = created(id, file("abkommen.pdf", "application/pdf", pdf)).get("id");
        long before = stored();

        HttpResponse<Map<String, Object>> again = send(id, metadata("TRANSLATION", "en").addPart("file", "copy.pdf", MediaType.of("application/pdf"), pdf));

        assertThat(again.code()).isEqualTo(409);
        assertThat(Api.problem(again).get("code")).isEqualTo("document.duplicate");
        assertThat((String) Api.problem(again).get("detail")).contains(String.valueOf(first));
        assertThat(again.getHeaders().get("Location")).isEqualTo("/api/documents/" + first);
        assertThat(stored()).isEqualTo(before);
        // Another instrument may hold the same file.
        created(agreement(), file("abkommen.pdf", "application/pdf", pdf));
    }

    @Test
    void shouldArchiveWithoutDestroyingAndRefuseAStaleVersion() {
        long id = agreement();
        Map<String, Object> doc = created(id, metadata("SUMMARY", "en").addPart("text", "Press release"));
        Object docId = doc.get("id");

        HttpResponse<Map<String, Object>> stale = call(client, HttpRequest.DELETE("/api/documents/" + docId + "?version=7"));
        assertThat(stale.code()).isEqualTo(409);
        assertThat(call(client, HttpRequest.DELETE("/api/documents/" + docId + "?version=" + doc.get("version"))).code()).isEqualTo(204);

        Map<String, Object> read = Api.get(http, "/api/documents/" + docId);
        assertThat(read.get("document")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("state", "ARCHIVED");
        assertThat(units(docId)).hasSize(1);
        assertThat(sql.count("SELECT COUNT(*) FROM document_contents WHERE document_id = ?", docId)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'document' AND action = 'ARCHIVE' AND entity_id = ?",
                String.valueOf(docId))).isEqualTo(1);
        // Archived, the same content may come back.
        created(id, metadata("SUMMARY", "en").addPart("text", "Press release"));
    }

    @Test
    void shouldRefuseReadersAndReviewers() {
        long id = agreement();
        for (String role : List.of("LEADERSHIP", "DEVCOOP_REVIEWER")) {
            HttpResponse<Map<String, Object>> response = call(client, upload(id, metadata("SUMMARY", "de").addPart("text", "Text"))
                    .header(TestAuth.HEADER, TestAuth.as("reader." + role.toLowerCase(), role)));
            assertThat(response.code()).as(role).isEqualTo(403);
        }
        assertThat(Api.list(http, "/api/agreements/" + id + "/documents")).isEmpty();
    }

    @Test
    void shouldDownloadTheOriginalByteForByteAndAuditIt() {
        long id = agreement();
        byte[] docx = TestFiles.docx(TestFiles.TREATY);
        Object docId = created(id, metadata("SIGNED_TEXT", "de").addPart("file", "Abkommen Ü.docx", MediaType.of(TextExtractor.DOCX), docx)).get("id");
        Supplier<Long> downloads = () -> sql.count(
                "SELECT COUNT(*) FROM audit_events WHERE entity_type = 'document' AND action = 'DOWNLOAD' AND entity_id = ? AND actor = ?",
                String.valueOf(docId), "reader.download");

        HttpResponse<byte[]> response = client.exchange(HttpRequest.GET("/api/documents/" + docId + "/original")
                .header(TestAuth.HEADER, TestAuth.as("reader.download", "LEADERSHIP")), byte[].class);

        assertThat(response.body()).isEqualTo(docx);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo(TextExtractor.DOCX);
        assertThat(response.getHeaders().get("Content-Disposition")).startsWith("attachment; filename=\"Abkommen _.docx\"")
                .contains("filename*=UTF-8''Abkommen%20%C3%9C.docx");
        assertThat(downloads.get()).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM agreement_documents WHERE id = ? AND sha256 = ?", docId, DocumentService.sha256(docx))).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForAnUnknownDocument() {
        try {
            client.exchange(HttpRequest.GET("/api/documents/999999999/original"), byte[].class);
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(404);
            return;
        }
        throw new AssertionError("expected 404");
    }

    @Test
    void shouldStoreSeededTextThroughTheServiceWithAuditAndSupersession() {
        long id = agreement();
        long first = documents.storeText(id, "SIGNED_TEXT", "en", LocalDate.of(2026, 1, 15), "Fictitious agreement", "Demo seed", "OFFEN",
                "Article 1\nPurpose\nThe Parties cooperate.", "seed");
        long second = documents.storeText(id, "SIGNED_TEXT", "en", LocalDate.of(2026, 2, 1), "Fictitious agreement", "Demo seed", "VS_NFD",
                "Article 1\nPurpose\nThe Parties cooperate closely.", "seed");

        assertThat(units(second)).extracting(u -> u.get("label")).containsExactly("Article 1");
        assertThat(sql.count("SELECT COUNT(*) FROM agreement_documents WHERE id = ? AND superseded_by = ?", first, second)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'document' AND action = 'CREATE' AND actor = 'seed'"
                + " AND entity_id IN (?, ?)", String.valueOf(first), String.valueOf(second))).isEqualTo(2);
    }
}
