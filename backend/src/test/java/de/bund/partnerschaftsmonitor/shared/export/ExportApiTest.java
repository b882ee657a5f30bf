package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list as CSV and XLSX over real HTTP against the real database: headings, words, dates, safety, rights, trail. */
@MicronautTest(transactional = false)
// An XLSX answer starts when the workbook is complete; on a loaded shared machine that can outlast the default 10 s.
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class ExportApiTest implements DatabaseTest {

    static final String XLSX = ExportFormat.XLSX_TYPE;
    static final String ADMIN = TestAuth.as("export.admin", "ADMIN");
    static final String DESK = TestAuth.as("export.desk", "DESK_OFFICER");
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    final String run = "Exp" + UUID.randomUUID().toString().substring(0, 8);
    long inForce;
    long negotiating;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        inForce = create("Überprüfung Ä " + run, "IN_FORCE", "MOU", "2025-03-01");
        negotiating = create("=HYPERLINK(\"http://evil.example\") " + run, "NEGOTIATING", "TREATY", null);
    }

    @Test
    void shouldExportTheInstrumentsAsXlsxWithGermanHeadingsWordsAndDateCells() throws IOException {
        HttpResponse<byte[]> response = get("/api/agreements?q=" + run + "&sort=title,desc&format=xlsx", DESK, null);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType().orElseThrow().getName()).isEqualTo(XLSX);
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"instrumente-" + TODAY + ".xlsx\"");
        List<List<Object>> rows = xlsx(response.body());
        assertThat(rows.get(0)).startsWith("ID", "Partnerland", "Art des Instruments", "Titel (deutsch)", "Titel (englisch)",
                "Titel (Originalsprache)", "Ebene der Vertragsparteien", "Status", "Unterzeichnet am", "In Kraft seit");
        assertThat(rows).hasSize(3);
        // title descending: "Ü…" sorts after "=…"
        List<Object> first = rows.get(1);
        assertThat(first.get(0)).isEqualTo((double) inForce);
        assertThat(first.subList(1, 4)).containsExactly("Deutschland", "Gemeinsame Absichtserklärung / MoU", "Überprüfung Ä " + run);
        assertThat(first.get(6)).isEqualTo("Deutschland (bilateral)");
        assertThat(first.get(7)).isEqualTo("In Kraft");
        assertThat(first.get(8)).as("a date cell, not text").isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(first.get(12)).isEqualTo("Rückführung/Rückübernahme, Fachkräftemobilität");
        assertThat(first.get(13)).isEqualTo("Nein");
        List<Object> second = rows.get(2);
        assertThat(second.get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\") " + run);
        assertThat(second.get(7)).isEqualTo("In Verhandlung");
        assertThat(second.get(8)).isNull();
    }

    @Test
    void shouldAnswerAcceptAndSpeakEnglishWhenAsked() throws IOException {
        HttpResponse<byte[]> response = get("/api/agreements?q=" + run + "&status=IN_FORCE", DESK, XLSX, "en");

        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"instruments-" + TODAY + ".xlsx\"");
        List<List<Object>> rows = xlsx(response.body());
        assertThat(rows.get(0)).startsWith("ID", "Partner country", "Type of instrument", "Title (German)");
        assertThat(rows).as("the status filter holds").hasSize(2);
        assertThat(rows.get(1).subList(1, 3)).containsExactly("Germany", "Memorandum of understanding (MoU)");
        assertThat(rows.get(1).get(7)).isEqualTo("In force");
    }

    @Test
    void shouldExportCsvWithAByteOrderMarkUmlautsAndTheSeparatorOfTheLanguage() {
        HttpResponse<byte[]> german = get("/api/agreements?q=" + run + "&sort=title,desc", DESK, "text/csv");
        byte[] bytes = german.body();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(german.getContentType().orElseThrow().getName()).isEqualTo("text/csv");
        assertThat(german.header("Content-Disposition")).isEqualTo("attachment; filename=\"instrumente-" + TODAY + ".csv\"");
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("ID;Partnerland;Art des Instruments;Titel (deutsch);");
        assertThat(lines[1]).startsWith(inForce + ";Deutschland;Gemeinsame Absichtserklärung / MoU;Überprüfung Ä " + run + ";")
                .contains(";In Kraft;2025-03-01;");
        assertThat(lines[2]).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\") " + run + "\";");

        String english = new String(get("/api/agreements?q=" + run + "&format=csv&lang=en", DESK, null).body(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFID,Partner country,Type of instrument,");
    }

    @Test
    void shouldExportEveryPageNotOnlyTheOneShown() {
        String tag = "Pg" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 23; i++) {
            create("Seite " + tag + " " + i, "SIGNED", "MOU", null);
        }
        String csv = new String(get("/api/agreements?q=" + tag + "&page=1&size=5&format=csv", DESK, null).body(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + 23);
    }

    @Test
    void shouldRecordEachExportInTheAuditTrail() throws InterruptedException {
        String who = "export.audited." + run;
        get("/api/agreements?q=" + run + "&status=IN_FORCE&format=csv", TestAuth.as(who, "LEADERSHIP"), null);

        Map<String, Object> event = null;
        for (int i = 0; i < 50 && event == null; i++) {
            List<Map<String, Object>> events = content(Api.send(http, HttpRequest.GET("/api/audit?entity=export&actor=" + who)
                    .header(TestAuth.HEADER, ADMIN)));
            event = events.isEmpty() ? null : events.get(0);
            Thread.sleep(100);
        }
        assertThat(event).as("export event").isNotNull();
        assertThat(event).containsEntry("action", "EXPORT").containsEntry("entityId", "agreements");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> changes = (Map<String, Map<String, Object>>) event.get("changes");
        assertThat(changes.get("format")).containsEntry("value", "csv");
        assertThat(changes.get("rows")).containsEntry("value", 1);
        assertThat(changes.get("complete")).containsEntry("value", true);
        assertThat((String) changes.get("filters").get("value")).isEqualTo("/api/agreements?q=" + run + "&status=IN_FORCE");
    }

    @Test
    void shouldRefuseAnUnknownFormatWithAProblemNamingTheField() {
        HttpClientResponseException e = failure("/api/agreements?format=pdf", DESK);
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        Map<String, Object> problem = Api.problem(e.getResponse());
        assertThat(Api.fields(problem)).containsExactly("format");
        assertThat(problem.toString()).contains("export.format.unknown");
        // bad filters are the list's own problems
        assertThat(failure("/api/agreements?status=NOPE&format=csv", DESK).getStatus().getCode()).isEqualTo(400);
        assertThat(failure("/api/agreements?sort=password&format=csv", DESK).getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void shouldKeepTheRightsOfTheScreens() {
        assertThat(failure("/api/audit?format=csv", DESK).getStatus().getCode()).isEqualTo(403);
        assertThat(failure("/api/reviews?format=xlsx", TestAuth.as("export.lead", "LEADERSHIP")).getStatus().getCode()).isEqualTo(403);
        assertThat(failure("/api/agreements?format=csv", TestAuth.ANONYMOUS).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void shouldGiveAReviewerNoMoreThanItsQueue() throws IOException {
        String reviewer = TestAuth.as("export.reviewer." + run, "DESK_OFFICER");
        Map<String, Object> queue = Api.send(http, HttpRequest.GET("/api/reviews?size=100").header(TestAuth.HEADER, reviewer));
        List<List<Object>> rows = xlsx(get("/api/reviews?format=xlsx", reviewer, null).body());
        assertThat(rows.get(0)).startsWith("Instrument", "Partnerland", "Kriterium", "Kennung des Kriteriums", "Stufe");
        // Criteria by name as on the screen, then by code.
        assertThat(rows.stream().skip(1)).allSatisfy(r -> assertThat(r.get(2)).isNotEqualTo(r.get(3)));
        assertThat(rows.size() - 1L).isEqualTo(((Number) queue.get("totalSize")).longValue());

        List<List<Object>> returned = xlsx(get("/api/reviews/returned?format=xlsx", reviewer, null).body());
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0)).contains("Begründung der Prüfung");
    }

    @Test
    void shouldExportCountriesRankingScorecardHistoryAndAuditLog() throws IOException {
        List<List<Object>> countries = xlsx(get("/api/countries?region=AFRICA&format=xlsx", DESK, null).body());
        assertThat(countries.get(0)).containsExactly("Land", "ISO-Code", "Region", "Instrumente");
        assertThat(countries).anySatisfy(r -> assertThat(r).startsWith("Kenia", "KE", "Afrika"));
        assertThat(countries.stream().skip(1).map(r -> r.get(2)).distinct()).containsExactly("Afrika");

        String ranking = new String(get("/api/scorecards?format=csv", DESK, null).body(), StandardCharsets.UTF_8);
        assertThat(ranking).startsWith("\uFEFFRang;Land;Region;Bewertung;Abdeckung;Warnhinweise;");

        List<List<Object>> scorecard = xlsx(get("/api/countries/DE/scorecard?format=xlsx", DESK, null).body());
        assertThat(scorecard.get(0)).startsWith("Kriterium", "Kennung des Kriteriums", "Kernkriterium");
        assertThat(scorecard.size()).isGreaterThan(1);
        assertThat(scorecard).anySatisfy(r -> assertThat(r).startsWith("Datenschutz-Grundklausel", "DP-BASE"));
        assertThat(scorecard.stream().skip(1).map(r -> r.get(3))).allSatisfy(s -> assertThat(s).isIn("bewertet", "nicht bewertet", "nicht anwendbar"));
        List<List<Object>> inEnglish = xlsx(get("/api/countries/DE/scorecard?format=xlsx", DESK, null, "en").body());
        assertThat(inEnglish).anySatisfy(r -> assertThat(r).startsWith("Data protection baseline", "DP-BASE"));

        HttpResponse<byte[]> history = get("/api/agreements/" + inForce + "/history?format=xlsx", DESK, null);
        assertThat(history.header("Content-Disposition")).isEqualTo("attachment; filename=\"verlauf-" + TODAY + ".xlsx\"");
        List<List<Object>> entries = xlsx(history.body());
        assertThat(entries.get(0)).containsExactly("Zeitpunkt", "Person", "Aktion", "Änderungen");
        assertThat(entries.get(1).get(0)).isInstanceOf(java.time.LocalDateTime.class);
        assertThat(entries.get(1).get(2)).isEqualTo("Angelegt");
        // Changes in words as on the screen: labels, values and dates, never field names, enum codes or ISO dates.
        assertThat((String) entries.get(1).get(3)).contains("Status: – → In Kraft").doesNotContain("IN_FORCE", "status:", "TREATY");
        assertThat((String) xlsx(get("/api/agreements/" + inForce + "/history?format=xlsx", DESK, null, "en").body()).get(1).get(3))
                .contains("Status: – → In force").doesNotContain("IN_FORCE");

        List<List<Object>> audit = xlsx(get("/api/audit?entity=agreement&entityId=" + inForce + "&format=xlsx", ADMIN, null).body());
        assertThat(audit.get(0)).containsExactly("Zeitpunkt", "Benutzer", "Aktion", "Objektart", "Objekt-ID", "Änderungen");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).subList(1, 5)).containsExactly("export.desk", "Angelegt", "Instrument", String.valueOf(inForce));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private long create(String title, String status, String type, String signed) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "DE");
        body.put("type", type);
        body.put("titleDe", title);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", status);
        body.put("dateSigned", signed);
        body.put("components", List.of("RETURN_READMISSION", "SKILLED_LABOUR"));
        Map<String, Object> created = Api.send(http, HttpRequest.POST("/api/agreements", body).header(TestAuth.HEADER, DESK));
        return ((Number) created.get("id")).longValue();
    }

    private HttpResponse<byte[]> get(String uri, String as, String accept) {
        return get(uri, as, accept, null);
    }

    private HttpResponse<byte[]> get(String uri, String as, String accept, String language) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri).header(TestAuth.HEADER, as);
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.exchange(request, byte[].class);
    }

    private HttpClientResponseException failure(String uri, String as) {
        try {
            client.exchange(HttpRequest.GET(uri).header(TestAuth.HEADER, as), byte[].class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError(uri + " succeeded");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> content(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

    /** Every row's cells as Java values: text, numbers as double, date cells as LocalDate or LocalDateTime. */
    static List<List<Object>> xlsx(byte[] bytes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    values.add(value(row.getCell(i)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                var time = cell.getLocalDateTimeCellValue();
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && !cell.getCellStyle().getDataFormatString().contains("h")
                        ? time.toLocalDate() : time;
            }
            return cell.getNumericCellValue();
        }
        assertThat(cell.getCellType()).as("no formulas").isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }
}
