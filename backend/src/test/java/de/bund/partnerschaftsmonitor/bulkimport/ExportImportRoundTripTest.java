package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import reads what the export writes: the instruments exported as CSV and XLSX, in German and in English, come
 * back through the import's dry run without a single error, every row matched to its own instrument. Both files take
 * their headings and value words from one source (shared/export/Words); a heading or word that the export writes and
 * the import does not know fails here.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class ExportImportRoundTripTest implements DatabaseTest {

    static final String DESK = TestAuth.as("roundtrip.desk", "DESK_OFFICER");
    static final String XLSX = ImportApiTest.XLSX;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    BlockingHttpClient client;
    final String run = "Rt" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        // Every type, several statuses, party levels, components and ministries; titles with what a file must survive.
        create("Alt Überprüfung; Ä, \"zitiert\" " + run, "DE", "MOU", "IN_FORCE", "DE_BILATERAL", "2025-03-01", "2025-04-15",
                List.of("RETURN_READMISSION", "SKILLED_LABOUR"), "BMI");
        create("Alt =HYPERLINK(\"http://evil.example\") " + run, "MA", "TREATY", "NEGOTIATING", "EU", null, null,
                List.of("QUALIFICATION_TRAINING", "JOB_FAIRS_RECRUITMENT", "OTHER"), null);
        create("Alt - Arbeitsstruktur " + run, "GH", "WORKING_STRUCTURE", "PROVISIONALLY_APPLIED", "DE_BILATERAL", "2024-12-31",
                null, List.of(), "AA");
    }

    @Test
    void shouldReadBackItsOwnCsvExportInGermanAndEnglish() {
        for (String lang : List.of("de", "en")) {
            byte[] csv = export("csv", lang);
            assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");

            assertRoundTrip(dryRun("instrumente.csv", "text/csv", csv), 0, 3, lang + " csv as exported");

            byte[] changed = new String(csv, StandardCharsets.UTF_8).replace("Alt ", "Neu ").getBytes(StandardCharsets.UTF_8);
            assertRoundTrip(dryRun("instrumente.csv", "text/csv", changed), 3, 0, lang + " csv with new titles");
        }
    }

    @Test
    void shouldReadBackItsOwnXlsxExportInGermanAndEnglish() throws IOException {
        for (String lang : List.of("de", "en")) {
            byte[] xlsx = export("xlsx", lang);

            assertRoundTrip(dryRun("instrumente.xlsx", XLSX, xlsx), 0, 3, lang + " xlsx as exported");

            assertRoundTrip(dryRun("instrumente.xlsx", XLSX, renamed(xlsx, "de".equals(lang) ? "Titel (deutsch)" : "Title (German)")), 3, 0,
                    lang + " xlsx with new titles");
        }
    }

    @Test
    void shouldStoreNothingInADryRunOfAnExport() {
        long before = sql.count("SELECT COUNT(*) FROM agreements WHERE title_de LIKE ?", "Neu %" + run);
        byte[] changed = new String(export("csv", "de"), StandardCharsets.UTF_8).replace("Alt ", "Neu ").getBytes(StandardCharsets.UTF_8);
        assertRoundTrip(dryRun("instrumente.csv", "text/csv", changed), 3, 0, "dry run");
        assertThat(sql.count("SELECT COUNT(*) FROM agreements WHERE title_de LIKE ?", "Neu %" + run)).isEqualTo(before).isZero();
    }

    private void assertRoundTrip(Map<String, Object> report, int updated, int unchanged, String what) {
        assertThat(ImportApiTest.rows(report)).as("%s: rows with mistakes", what).isEmpty();
        assertThat(report).as(what).containsEntry("total", 3).containsEntry("created", 0)
                .containsEntry("updated", updated).containsEntry("unchanged", unchanged).containsEntry("dryRun", true);
    }

    private byte[] export(String format, String lang) {
        HttpResponse<byte[]> response = client.exchange(HttpRequest.GET("/api/agreements?q=" + run + "&format=" + format + "&lang=" + lang)
                .header(TestAuth.HEADER, DESK), byte[].class);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private Map<String, Object> dryRun(String fileName, String contentType, byte[] content) {
        MutableHttpRequest<?> request = ((MutableHttpRequest<?>) ImportApiTest.upload(fileName, contentType, content, true)).header(TestAuth.HEADER, DESK);
        HttpResponse<Map<String, Object>> response = Api.call(client, request);
        assertThat(response.code()).as("answer: %s", response.getBody(Api.JSON)).isEqualTo(200);
        return response.getBody(Api.JSON).orElseThrow();
    }

    /** The workbook with "Alt " replaced by "Neu " in the German title column, as a person would edit it. */
    private static byte[] renamed(byte[] xlsx, String heading) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            int column = -1;
            for (Cell c : sheet.getRow(0)) {
                if (heading.equals(c.getStringCellValue())) {
                    column = c.getColumnIndex();
                }
            }
            assertThat(column).as("column %s", heading).isNotNegative();
            for (Row row : sheet) {
                Cell cell = row.getCell(column);
                if (row.getRowNum() > 0 && cell != null) {
                    // A new cell: POI keeps the streaming writer's inline string if the old one is only given a value.
                    String title = cell.getStringCellValue().replace("Alt ", "Neu ");
                    row.removeCell(cell);
                    row.createCell(column).setCellValue(title);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private void create(String title, String country, String type, String status, String partyLevel, String signed, String inForce,
                        List<String> components, String ministry) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", country);
        body.put("type", type);
        body.put("titleDe", title);
        body.put("titleEn", "English " + run);
        body.put("partyLevel", partyLevel);
        body.put("status", status);
        body.put("dateSigned", signed);
        body.put("dateInForce", inForce);
        body.put("components", components);
        body.put("leadMinistry", ministry);
        Api.send(http, HttpRequest.POST("/api/agreements", body).header(TestAuth.HEADER, DESK));
    }
}
