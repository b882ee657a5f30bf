package de.bund.partnerschaftsmonitor.opendata;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import de.bund.partnerschaftsmonitor.shared.csv.Csv;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-data package over real HTTP from the real database: what it holds, what it leaves out, who may publish. */
@MicronautTest(transactional = false)
class OpenDataApiTest implements DatabaseTest {

    static final String ADMIN = TestAuth.as("open.admin", "ADMIN");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    @Inject
    JsonMapper json;

    BlockingHttpClient client;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long publicId;
    long archivedId;
    long secretTextId;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        publicId = instrument("Öffentlich " + run, true);
        archivedId = instrument("Archiviert " + run, true);
        secretTextId = instrument("Text nicht öffentlich " + run, false);
        sql.update("UPDATE agreements SET responsible_desk = ? WHERE id IN (?, ?, ?)", "Referat Intern-" + run, publicId, archivedId, secretTextId);
        sql.update("UPDATE agreements SET archived_at = NOW(6) WHERE id = ?", archivedId);
        long document = documentId(publicId, "VS_NFD");
        approvedRating(publicId, "DP-BASE", 2, null);
        approvedRating(publicId, "TRANSFER-SEC", 3, document);
        approvedRating(secretTextId, "DP-BASE", 1, null);
        approvedRating(archivedId, "DP-BASE", 1, null);
    }

    long instrument(String title, boolean textPublic) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("countryIso2", "NZ");
        body.put("type", "MOU");
        body.put("titleDe", title);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "IN_FORCE");
        body.put("textPublic", textPublic);
        body.put("components", List.of("SKILLED_LABOUR"));
        body.put("sources", List.of(Map.of("field", "status", "url", "https://example.org/" + run, "title", "Pressemitteilung")));
        return ((Number) Api.send(http, HttpRequest.POST("/api/agreements", body)).get("id")).longValue();
    }

    long documentId(long agreementId, String classification) {
        sql.update("""
                INSERT INTO agreement_documents (agreement_id, kind, language, classification, media_type, size_bytes, sha256, text_chars,
                                                 uploaded_by, uploaded_at)
                VALUES (?, 'SIGNED_TEXT', 'de', ?, 'text/plain', 1, ?, 1, 'test', NOW(6))""", agreementId, classification, "0".repeat(64));
        return sql.count("SELECT MAX(id) FROM agreement_documents WHERE agreement_id = ?", agreementId);
    }

    /** An approved rating with the internal fields filled, so that the package can be searched for them. */
    void approvedRating(long agreementId, String criterion, int level, Long evidenceDocument) {
        long catalog = sql.count("SELECT MAX(id) FROM catalog_versions WHERE status = 'PUBLISHED'");
        sql.update("""
                INSERT INTO assessments (agreement_id, criterion_code, catalog_version_id, level, evidence_reference, evidence_quote,
                                         evidence_source, evidence_as_of, confidence, assessed_by, assessed_at, review_state, submitted_by,
                                         reviewed_by, review_comment, evidence_document_id)
                VALUES (?, ?, ?, ?, 'Art. 3', ?, 'https://example.org/text', '2025-01-01', 'HIGH', ?, NOW(6), 'APPROVED', ?, ?, ?, ?)""",
                agreementId, criterion, catalog, level, "Zitat " + criterion + " " + run, "assessor." + run, "submitter." + run,
                "reviewer." + run, "Interner Kommentar " + run, evidenceDocument);
        long assessment = sql.count("SELECT id FROM assessments WHERE agreement_id = ? AND criterion_code = ?", agreementId, criterion);
        sql.update("""
                INSERT INTO assessment_approvals (assessment_id, assessment_version, agreement_id, criterion_code, catalog_version_id, level,
                                                  evidence_reference, evidence_quote, evidence_source, evidence_as_of, confidence,
                                                  assessed_by, assessed_at, approved_by, approved_at)
                VALUES (?, 0, ?, ?, ?, ?, 'Art. 3', ?, 'https://example.org/text', '2025-01-01', 'HIGH', ?, NOW(6), ?, NOW(6))""",
                assessment, agreementId, criterion, catalog, level, "Zitat " + criterion + " " + run, "assessor." + run, "approver." + run);
        sql.update("UPDATE assessments SET approved_approval_id = (SELECT MAX(id) FROM assessment_approvals WHERE assessment_id = ?) WHERE id = ?",
                assessment, assessment);
    }

    HttpResponse<Map<String, Object>> publish(String as) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/open-data/releases", "").header(TestAuth.HEADER, as)
                .contentType("application/json");
        return Api.call(client, request);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPublishAPackageWithACodebookAndWithoutInternalOrClassifiedData() throws Exception {
        HttpResponse<Map<String, Object>> created = publish(ADMIN);
        assertThat(created.code()).as("%s", created.getBody(Api.JSON)).isEqualTo(201);
        String location = created.getHeaders().get("Location");
        assertThat(location).isEqualTo("/api/open-data/releases/" + created.body().get("id"));

        HttpResponse<byte[]> download = client.exchange(HttpRequest.GET(location).header(TestAuth.HEADER, ADMIN), byte[].class);
        assertThat(download.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/zip"));
        byte[] zip = download.body();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip))).isEqualTo(created.body().get("sha256"));
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly("datapackage.json", "instruments.csv", "sources.csv", "ratings.csv", "criteria.csv");

        Map<String, Object> descriptor = json.readValue(files.get("datapackage.json"), Argument.mapOf(String.class, Object.class));
        assertThat(descriptor).containsEntry("profile", "tabular-data-package").containsKey("releaseDate").containsKey("catalogueVersion");
        for (Map<String, Object> resource : (List<Map<String, Object>>) descriptor.get("resources")) {
            List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) resource.get("schema")).get("fields");
            String csv = new String(files.get((String) resource.get("path")), StandardCharsets.UTF_8);
            List<String> header = Csv.parse(csv, ',', 1).get(0);
            assertThat(header).as("columns of %s", resource.get("path")).isEqualTo(fields.stream().map(f -> (String) f.get("name")).toList());
            for (Map<String, Object> f : fields) {
                assertThat(f).as("codebook entry %s", f.get("name")).containsKeys("type", "title", "titleEn", "description", "descriptionEn");
            }
        }
        Map<String, Object> status = ((List<Map<String, Object>>) ((Map<String, Object>) ((List<Map<String, Object>>) descriptor.get("resources"))
                .get(0).get("schema")).get("fields")).stream().filter(f -> f.get("name").equals("status")).findFirst().orElseThrow();
        assertThat(status.get("categories")).asString().contains("IN_FORCE").contains("In Kraft").contains("In force");

        String everything = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(everything).doesNotContain("assessor." + run, "approver." + run, "reviewer." + run, "submitter." + run,
                "Interner Kommentar " + run, "Referat Intern-" + run, "responsibleDesk", "assessedBy", "approvedBy");
        // The demo seed's fictitious Musterland (on in the shared test database) is never published.
        assertThat(sql.count("SELECT COUNT(*) FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2 WHERE c.fictitious = TRUE"))
                .as("instruments of the fictitious demo country").isPositive();
        assertThat(everything).doesNotContain("Musterland");

        List<List<String>> instruments = Csv.parse(new String(files.get("instruments.csv"), StandardCharsets.UTF_8), ',', Integer.MAX_VALUE);
        List<String> ids = instruments.stream().map(r -> r.get(0)).toList();
        assertThat(ids).contains(String.valueOf(publicId), String.valueOf(secretTextId)).doesNotContain(String.valueOf(archivedId));

        List<List<String>> ratings = Csv.parse(new String(files.get("ratings.csv"), StandardCharsets.UTF_8), ',', Integer.MAX_VALUE);
        List<String> mine = ratings.stream().filter(r -> r.get(0).equals(String.valueOf(publicId)) || r.get(0).equals(String.valueOf(secretTextId))
                || r.get(0).equals(String.valueOf(archivedId))).map(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(3)).toList();
        // Classified evidence, an unpublished text and an archived instrument keep their ratings out.
        assertThat(mine).containsExactly(publicId + ":DP-BASE:2");

        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'PUBLISH_OPEN_DATA' AND entity_type = 'open_data_release'"
                + " AND entity_id = ?", String.valueOf(created.body().get("id")))).isEqualTo(1);
    }

    @Test
    void shouldKeepEachReleaseAndHandItOutAgainByteForByte() {
        Map<String, Object> first = publish(ADMIN).body();
        Map<String, Object> second = publish(ADMIN).body();
        assertThat(second.get("id")).isNotEqualTo(first.get("id"));
        byte[] again = client.retrieve(HttpRequest.GET("/api/open-data/releases/" + first.get("id")).header(TestAuth.HEADER, ADMIN), byte[].class);
        assertThat(HexFormat.of().formatHex(sha256(again))).isEqualTo(first.get("sha256"));
        Map<String, Object> page = client.retrieve(HttpRequest.GET("/api/open-data/releases?size=100")
                .header(TestAuth.HEADER, TestAuth.as("open.lead", "LEADERSHIP")), Api.JSON);
        assertThat(page.get("content")).asString().contains("id=" + first.get("id")).contains("id=" + second.get("id"));
        HttpResponse<Map<String, Object>> missing = Api.call(client, HttpRequest.GET("/api/open-data/releases/999999999"));
        assertThat(missing.code()).isEqualTo(404);
    }

    @Test
    void shouldLetOnlyAdministratorsPublish() {
        long before = sql.count("SELECT COUNT(*) FROM open_data_releases");
        for (String role : List.of("DESK_OFFICER", "DEVCOOP_REVIEWER", "LEADERSHIP")) {
            assertThat(publish(TestAuth.as("open." + role.toLowerCase(), role)).code()).isEqualTo(403);
        }
        assertThat(publish(TestAuth.ANONYMOUS).code()).isEqualTo(401);
        assertThat(sql.count("SELECT COUNT(*) FROM open_data_releases")).isEqualTo(before);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
