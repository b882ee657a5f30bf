package de.bund.partnerschaftsmonitor.shared;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells the truth: every operation it describes is called over real HTTP, with
 * success and its typical errors, and each real answer (status, content type, headers, body) is
 * validated against the document by a third-party validator (swagger-request-validator). An operation
 * of the document that no call exercised fails the test. The frontend's API types are generated from
 * {@code frontend/openapi.yml}, which must equal the document the build serves.
 */
@MicronautTest(transactional = false)
class OpenApiContractTest implements DatabaseTest {

    private static final String DOCUMENT = "META-INF/swagger/partnerschaftsmonitor-0.1.yml";

    @Inject
    EmbeddedServer server;
    @Inject
    TestAuth auth;
    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private OpenApiInteractionValidator validator;
    private final Map<String, Pattern> operations = new TreeMap<>();
    private final Map<String, TreeSet<Integer>> exercised = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();

    private String desk;
    private String desk2;
    private String devcoop;
    private String admin;
    private String leadership;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    @SuppressWarnings("unchecked")
    void load() throws IOException {
        String document = document();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(document)).get("paths");
        paths.forEach((path, ops) -> ((Map<String, Object>) ops).keySet().forEach(method ->
                operations.put(method.toUpperCase() + " " + path, Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")))));
        desk = auth.token("contract.desk." + run, List.of("DESK_OFFICER"));
        desk2 = auth.token("contract.desk2." + run, List.of("DESK_OFFICER"));
        devcoop = auth.token("contract.devcoop." + run, List.of("DEVCOOP_REVIEWER"));
        admin = auth.token("contract.admin." + run, List.of("ADMIN"));
        leadership = auth.token("contract.lead." + run, List.of("LEADERSHIP"));
    }

    @Test
    void shouldMatchTheDocumentTheFrontendTypesAreGeneratedFrom() throws IOException {
        String committed = Files.readString(Path.of("..", "frontend", "openapi.yml"));
        assertThat(committed)
                .as("frontend/openapi.yml is out of date. Run: cp backend/target/classes/META-INF/swagger/partnerschaftsmonitor-0.1.yml "
                        + "frontend/openapi.yml && (cd frontend && npm run gen:api)")
                .isEqualTo(document());
    }

    @Test
    void shouldAnswerSignInAndAccountsAsDescribed() {
        String username = "contract." + run;
        Map<String, Object> account = body(call("POST", "/api/accounts", admin, Map.of("username", username, "displayName", "Contract Test",
                "roles", List.of("LEADERSHIP"), "password", "correct horse battery"), 201));
        long id = number(account.get("id"));
        call("POST", "/api/accounts", admin, Map.of("displayName", ""), 400);
        call("POST", "/api/accounts", desk, Map.of("username", "x" + run, "displayName", "X", "roles", List.of("ADMIN"), "password", "0123456789abc"), 403);
        call("POST", "/api/accounts", null, Map.of(), 401);
        callRaw("POST", "/api/accounts", admin, "text/plain", "hello", 415);
        call("GET", "/api/accounts?page=0&size=5&sort=username,asc", admin, null, 200);
        call("GET", "/api/accounts?sort=password", admin, null, 400);
        call("GET", "/api/accounts/" + id, admin, null, 200);
        call("GET", "/api/accounts/999999999", admin, null, 404);
        call("DELETE", "/api/accounts/" + id + "/lock", admin, null, 204);
        call("DELETE", "/api/accounts/999999999/lock", admin, null, 404);
        Map<String, Object> changed = body(call("PUT", "/api/accounts/" + id, admin, Map.of("version", account.get("version"),
                "displayName", "Contract Test 2", "roles", List.of("LEADERSHIP", "DESK_OFFICER")), 200));
        call("PUT", "/api/accounts/" + id, admin, Map.of("version", account.get("version"), "displayName", "Stale", "roles", List.of("LEADERSHIP")), 409);
        assertThat(changed).containsEntry("displayName", "Contract Test 2");

        call("POST", "/login", null, Map.of("username", username, "password", "correct horse battery"), 200);
        call("POST", "/login", null, Map.of("username", username, "password", "wrong password"), 401);
        callRaw("POST", "/logout", null, "application/json", "", 204);
        call("GET", "/api/me", desk, null, 200);
        call("GET", "/api/me", null, null, 401);
        String self = auth.token(username, List.of("LEADERSHIP"));
        call("PUT", "/api/me/language", self, Map.of("language", "en"), 200);
        call("PUT", "/api/me/language", self, Map.of("language", "xx"), 400);
        call("PUT", "/api/me/language", null, Map.of("language", "en"), 401);
    }

    @Test
    void shouldAnswerFeedbackAsDescribed() {
        Map<String, Object> sent = body(call("POST", "/api/feedback", null, Map.of("message", "Kontrast zu gering", "page", "/dashboard"), 201));
        long id = number(sent.get("id"));
        call("POST", "/api/feedback", null, Map.of("message", ""), 400);
        callRaw("POST", "/api/feedback", null, "text/plain", "hello", 415);
        call("GET", "/api/feedback?handled=false&page=0&size=5", admin, null, 200);
        call("GET", "/api/feedback", desk, null, 403);
        call("GET", "/api/feedback", null, null, 401);
        Map<String, Object> item = body(call("GET", "/api/feedback/" + id, admin, null, 200));
        call("GET", "/api/feedback/999999999", admin, null, 404);
        call("PUT", "/api/feedback/" + id, admin, Map.of("version", item.get("version"), "handled", true), 200);
        call("PUT", "/api/feedback/" + id, admin, Map.of("version", item.get("version"), "handled", false), 409);
        call("PUT", "/api/feedback/" + id, admin, Map.of(), 400);
        call("PUT", "/api/feedback/999999999", admin, Map.of("version", 0), 404);
        call("PUT", "/api/feedback/" + id, desk, Map.of("version", 0), 403);
    }

    @Test
    void shouldAnswerInstrumentsAsDescribed() {
        call("GET", "/api/agreements?type=TREATY&status=IN_FORCE&page=0&size=10&sort=title,asc", desk, null, 200);
        call("GET", "/api/agreements?status=IN_FORCEX", desk, null, 400);
        call("GET", "/api/agreements", null, null, 401);
        Map<String, Object> created = body(call("POST", "/api/agreements", desk, agreement(), 201));
        long id = number(created.get("id"));
        call("POST", "/api/agreements", desk, Map.of("countryIso2", ""), 400);
        call("POST", "/api/agreements", leadership, agreement(), 403);
        callRaw("POST", "/api/agreements", desk, "text/plain", "{}", 415);
        call("GET", "/api/agreements/" + id, leadership, null, 200);
        call("GET", "/api/agreements/999999999", desk, null, 404);
        Map<String, Object> update = new HashMap<>(agreement());
        update.put("version", created.get("version"));
        Map<String, Object> updated = body(call("PUT", "/api/agreements/" + id, desk, update, 200));
        call("PUT", "/api/agreements/" + id, desk, update, 409);
        call("PUT", "/api/agreements/999999999", desk, update, 404);
        call("GET", "/api/agreements/" + id + "/history", desk, null, 200);
        call("GET", "/api/agreements/" + id + "/passages?criterion=DP-BASE", desk, null, 200);
        call("GET", "/api/agreements/" + id + "/passages?criterion=NOPE", desk, null, 404);
        call("GET", "/api/agreements/" + id + "/passages", desk, null, 400);
        call("GET", "/api/search?q=Abkommen&page=0&size=5", desk, null, 200);
        call("GET", "/api/search", desk, null, 400);
        call("GET", "/api/agreements/999999999/history", desk, null, 404);
        export("/api/agreements?type=TREATY&sort=title,asc", desk);
        call("GET", "/api/agreements?format=pdf", desk, null, 400);
        export("/api/agreements/" + id + "/history", desk);
        call("DELETE", "/api/agreements/" + id + "?version=" + updated.get("version"), desk, null, 204);
        call("POST", "/api/agreements/" + id + "/restore", desk, null, 200);
        call("DELETE", "/api/agreements/999999999", desk, null, 404);
        call("POST", "/api/agreements/999999999/restore", desk, null, 404);
    }

    @Test
    void shouldAnswerDocumentsAsDescribed() {
        long id = number(body(call("POST", "/api/agreements", desk, agreement(), 201)).get("id"));
        String boundary = "contract-" + System.nanoTime();
        java.util.function.Function<Map<String, String>, String> multipart = parts -> {
            StringBuilder sb = new StringBuilder();
            parts.forEach((k, v) -> sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                    .append("\"\r\n\r\n").append(v).append("\r\n"));
            return sb.append("--").append(boundary).append("--\r\n").toString();
        };
        String type = "multipart/form-data; boundary=" + boundary;
        String text = "Article 1\nPurpose\nContract test " + run + " " + System.nanoTime();
        Map<String, String> valid = new java.util.LinkedHashMap<>(Map.of("kind", "SIGNED_TEXT", "language", "en", "classification", "OFFEN",
                "versionDate", "2025-01-15", "text", text));
        String uri = "/api/agreements/" + id + "/documents";
        Map<String, Object> doc = body(callRaw("POST", uri, desk, type, multipart.apply(valid), 201));
        callRaw("POST", uri, desk, type, multipart.apply(valid), 409);
        callRaw("POST", uri, desk, type, multipart.apply(Map.of("kind", "X")), 400);
        callRaw("POST", uri, leadership, type, multipart.apply(valid), 403);
        callRaw("POST", "/api/agreements/999999999/documents", desk, type, multipart.apply(valid), 404);
        call("GET", uri, leadership, null, 200);
        call("GET", "/api/agreements/999999999/documents", desk, null, 404);
        call("GET", "/api/documents/" + doc.get("id"), leadership, null, 200);
        call("GET", "/api/documents/999999999", desk, null, 404);
        call("GET", "/api/documents/" + doc.get("id") + "/original", leadership, null, 200);
        call("GET", "/api/documents/999999999/original", desk, null, 404);
        call("DELETE", "/api/documents/" + doc.get("id") + "?version=99", desk, null, 409);
        call("DELETE", "/api/documents/" + doc.get("id"), leadership, null, 403);
        call("DELETE", "/api/documents/" + doc.get("id"), desk, null, 204);
        call("DELETE", "/api/documents/999999999", desk, null, 404);
    }

    @Test
    void shouldAnswerRatingsReviewAndScoresAsDescribed() {
        long id = number(body(call("POST", "/api/agreements", desk, agreement(), 201)).get("id"));
        String base = "/api/agreements/" + id + "/assessments";
        call("GET", base, desk, null, 200);
        call("GET", "/api/agreements/999999999/assessments", desk, null, 404);
        Map<String, Object> rated = body(call("PUT", base + "/DP-BASE", desk, rating(1, null), 200));
        call("PUT", base + "/PURPOSE", desk, Map.of("level", 3, "confidence", "SURE"), 400);
        call("PUT", base + "/NO-SUCH", desk, rating(1, null), 404);
        call("PUT", base + "/DP-BASE", desk, rating(2, 99L), 409);
        callRaw("PUT", base + "/DP-BASE", desk, "text/plain", "{}", 415);
        call("PUT", base + "/DP-BASE", leadership, rating(1, null), 403);
        Map<String, Object> submitted = body(call("POST", base + "/DP-BASE/submit", desk, Map.of("version", rated.get("version")), 200));
        call("POST", base + "/DP-BASE/submit", desk, Map.of("version", submitted.get("version")), 409);
        call("POST", base + "/NO-SUCH/submit", desk, Map.of(), 404);
        call("GET", "/api/reviews?page=0&size=10", desk2, null, 200);
        call("GET", "/api/reviews", leadership, null, 403);
        call("GET", "/api/reviews/returned", desk2, null, 200);
        call("GET", "/api/reviews/returned", leadership, null, 403);
        export("/api/reviews", desk2);
        export("/api/reviews/returned", desk2);
        call("POST", base + "/DP-BASE/approve", desk, Map.of("version", submitted.get("version")), 403);
        call("POST", base + "/DP-BASE/approve", desk2, Map.of(), 400);
        call("POST", base + "/NO-SUCH/approve", desk2, Map.of("version", 0), 404);
        call("POST", base + "/DP-BASE/approve", desk2, Map.of("version", 99), 409);
        call("POST", base + "/DP-BASE/approve", desk2, Map.of("version", submitted.get("version")), 200);

        Map<String, Object> purpose = body(call("PUT", base + "/PURPOSE", desk, rating(1, null), 200));
        Map<String, Object> purposeSubmitted = body(call("POST", base + "/PURPOSE/submit", desk, Map.of("version", purpose.get("version")), 200));
        call("POST", base + "/PURPOSE/return", desk2, Map.of("version", purposeSubmitted.get("version")), 400);
        call("POST", base + "/PURPOSE/return", devcoop, Map.of("version", purposeSubmitted.get("version"), "comment", "x"), 403);
        call("POST", base + "/NO-SUCH/return", desk2, Map.of("version", 0, "comment", "x"), 404);
        call("POST", base + "/PURPOSE/return", desk2, Map.of("version", 99, "comment", "x"), 409);
        call("POST", base + "/PURPOSE/return", desk2, Map.of("version", purposeSubmitted.get("version"), "comment", "Quote the clause."), 200);
        call("POST", base + "/PURPOSE/comments", desk2, Map.of("comment", "See Art. 7."), 201);
        call("POST", base + "/PURPOSE/comments", desk2, Map.of("comment", " "), 400);
        call("POST", base + "/NO-SUCH/comments", desk2, Map.of("comment", "x"), 404);
        call("POST", base + "/PURPOSE/comments", leadership, Map.of("comment", "x"), 403);
        call("GET", base + "/PURPOSE/comments", desk, null, 200);
        call("GET", "/api/agreements/999999999/assessments/PURPOSE/comments", desk, null, 404);

        call("GET", "/api/agreements/" + id + "/score?includeDrafts=true", leadership, null, 200);
        call("GET", "/api/agreements/" + id + "/score?profile=NO-SUCH", leadership, null, 400);
        call("GET", "/api/agreements/999999999/score", leadership, null, 404);
        call("GET", "/api/agreements/" + id + "/score/history", leadership, null, 200);
        call("GET", "/api/agreements/999999999/score/history", leadership, null, 404);
    }

    @Test
    void shouldAnswerCountriesScorecardsAndCatalogueAsDescribed() {
        call("GET", "/api/countries?region=AFRICA&withInstruments=true", leadership, null, 200);
        call("GET", "/api/countries?region=ATLANTIS", leadership, null, 400);
        call("GET", "/api/countries/KE", leadership, null, 200);
        call("GET", "/api/countries/QQ", leadership, null, 404);
        call("GET", "/api/countries/KE/scorecard?includeDrafts=true", leadership, null, 200);
        call("GET", "/api/countries/QQ/scorecard", leadership, null, 404);
        call("GET", "/api/countries/KE/scorecard/history", leadership, null, 200);
        call("GET", "/api/countries/QQ/scorecard/history", leadership, null, 404);
        call("GET", "/api/scorecards?region=AFRICA&type=TREATY", leadership, null, 200);
        call("GET", "/api/scorecards?region=ATLANTIS", leadership, null, 400);
        export("/api/countries?region=AFRICA", leadership);
        export("/api/countries/KE/scorecard", leadership);
        export("/api/scorecards?region=AFRICA", leadership);
        call("POST", "/api/scorecards/recompute", admin, null, 200);
        call("POST", "/api/scorecards/recompute", desk, null, 403);

        call("GET", "/api/criteria", leadership, null, 200);
        call("GET", "/api/profiles", leadership, null, 200);
        call("GET", "/api/catalogs", admin, null, 200);
        Map<String, Object> draft = body(call("POST", "/api/catalogs", admin, Map.of("label", "Contract " + run), 201));
        long id = number(draft.get("id"));
        call("POST", "/api/catalogs", admin, Map.of("label", ""), 400);
        call("POST", "/api/catalogs", desk, Map.of("label", "x"), 403);
        call("GET", "/api/catalogs/" + id, admin, null, 200);
        call("GET", "/api/catalogs/999999999", admin, null, 404);
        call("PUT", "/api/catalogs/" + id + "/criteria/NEW-" + run.toUpperCase().replaceAll("[^A-Z0-9]", "X"), admin, criterion(), 200);
        call("PUT", "/api/catalogs/" + id + "/criteria/DP-BASE", admin, Map.of("group", ""), 400);
        call("PUT", "/api/catalogs/999999999/criteria/DP-BASE", admin, criterion(), 404);
        long draftVersion = number(body(call("GET", "/api/catalogs/" + id, admin, null, 200)).get("version"));
        call("PUT", "/api/catalogs/" + id + "/profiles/balanced", admin, Map.of("version", draftVersion,
                "weights", Map.of("G1", 0.3, "G2", 0.2, "G3", 0.2, "G4", 0.15, "G5", 0.15)), 200);
        call("PUT", "/api/catalogs/" + id + "/profiles/no_such", admin, Map.of("version", draftVersion + 1,
                "weights", Map.of("G1", 1)), 404);
        call("PUT", "/api/catalogs/" + id + "/profiles/balanced", admin, Map.of("weights", Map.of()), 400);
        String rule = "/api/catalogs/" + id + "/gating-rules/BIOMETRICS_DP_BASE";
        call("PUT", rule, admin, Map.of("version", 0, "descriptionEn", "Warning if DP-BASE is below 2.", "descriptionDe", "Warnhinweis, wenn DP-BASE unter 2 liegt."), 200);
        call("PUT", rule, admin, Map.of("version", 0, "descriptionEn", "Stale", "descriptionDe", "Veraltet"), 409);
        call("PUT", rule, admin, Map.of("descriptionEn", ""), 400);
        call("PUT", "/api/catalogs/" + id + "/gating-rules/NO_SUCH", admin, Map.of("version", 0, "descriptionEn", "x"), 404);
        call("PUT", rule, desk, Map.of("version", 1, "descriptionEn", "x"), 403);
        call("POST", "/api/catalogs/" + id + "/publish?version=99", admin, null, 409);
        // Publishing an unchanged copy keeps the current criteria and weights for every other test.
        Map<String, Object> copy = body(call("POST", "/api/catalogs", admin, Map.of("label", "Contract copy " + run), 201));
        call("POST", "/api/catalogs/" + number(copy.get("id")) + "/publish?version=" + copy.get("version"), admin, null, 200);
        call("POST", "/api/catalogs/999999999/publish", admin, null, 404);
        call("POST", "/api/catalogs/1/publish", admin, null, 409);

        call("GET", "/api/audit?entity=agreement&from=2026-01-01&page=0&size=5", admin, null, 200);
        call("GET", "/api/audit?from=yesterday", admin, null, 400);
        call("GET", "/api/audit", desk, null, 403);
        export("/api/audit?entity=agreement", admin);
    }

    @Test
    void shouldAnswerImportAndOpenDataAsDescribed() {
        String boundary = "contract" + run;
        String ref = "CONTRACT-" + run;
        String csv = "externalRef,countryIso2,titleDe,partyLevel,status\n" + ref + ",NA,Vertrag " + run + ",DE_BILATERAL,SIGNED\n";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        String multipart = "multipart/form-data; boundary=" + boundary;
        callRaw("POST", "/api/agreements/import?dryRun=true", desk, multipart, upload, 200);
        callRaw("POST", "/api/agreements/import?dryRun=false", desk, multipart, upload, 200);
        String bad = upload.replace(",SIGNED", ",IN_FORCE_NOT");
        callRaw("POST", "/api/agreements/import?dryRun=false", desk, multipart, bad, 422);
        callRaw("POST", "/api/agreements/import", desk, multipart, upload.replace("externalRef,", "Farbe,"), 400);
        callRaw("POST", "/api/agreements/import", leadership, multipart, upload, 403);
        callRaw("POST", "/api/agreements/import", null, multipart, upload, 401);
        callWith("GET", "/api/agreements/import/template?format=csv&lang=en", leadership, null, "text/csv", null, 200);
        callWith("GET", "/api/agreements/import/template?format=xlsx&lang=de", desk, null,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, 200);
        callWith("GET", "/api/agreements/import/template?format=pdf", desk, null, "text/csv, application/problem+json", null, 400);

        Map<String, Object> release = body(call("POST", "/api/open-data/releases", admin, null, 201));
        call("POST", "/api/open-data/releases", desk, null, 403);
        call("GET", "/api/open-data/releases?page=0&size=5", leadership, null, 200);
        callWith("GET", "/api/open-data/releases/" + release.get("id"), leadership, null, "application/zip", null, 200);
        callWith("GET", "/api/open-data/releases/999999999", leadership, null, "application/zip, application/problem+json", null, 404);
    }

    @Test
    void shouldAnswerBriefsAsDescribed() {
        callWith("GET", "/api/countries/KE/brief?lang=de&includeDrafts=true", leadership, null, "application/pdf, application/problem+json", null, 200);
        callWith("GET", "/api/countries/KE/brief?lang=fr", leadership, null, "application/pdf, application/problem+json", null, 400);
        callWith("GET", "/api/countries/QQ/brief", leadership, null, "application/pdf, application/problem+json", null, 404);
        callWith("GET", "/api/countries/KE/brief", null, null, "application/pdf, application/problem+json", null, 401);
        callWith("GET", "/api/compare/brief?countries=KE,MA&lang=en", desk, null, "application/pdf, application/problem+json", null, 200);
        callWith("GET", "/api/compare/brief?countries=KE", desk, null, "application/pdf, application/problem+json", null, 400);
        callWith("GET", "/api/compare/brief?countries=KE,MA", null, null, "application/pdf, application/problem+json", null, 401);
    }

    @Test
    void shouldAnswerDeadlinesAndTheCalendarFeedAsDescribed() {
        call("GET", "/api/deadlines?country=KE&from=2026-01-01&to=2030-12-31", desk, null, 200);
        call("GET", "/api/deadlines?from=soon", desk, null, 400);
        call("GET", "/api/deadlines", null, null, 401);
        String url = (String) body(call("GET", "/api/me/calendar", leadership, null, 200)).get("url");
        call("GET", "/api/me/calendar", leadership, null, 200);
        String path = URI.create(url).getPath();
        calendar(path, 200);
        call("DELETE", "/api/me/calendar", leadership, null, 204);
        calendar(path, 404);
        call("DELETE", "/api/me/calendar", null, null, 401);
    }

    /** As a calendar client asks: no session, and iCalendar first. */
    private void calendar(String path, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Accept", "text/calendar, application/problem+json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
        assertThat(response.statusCode()).as("GET %s answered %s", path, response.body()).isEqualTo(expected);
        validate("GET", path, response);
    }

    @AfterAll
    void shouldHaveExercisedEveryOperationWithinTheDocument() {
        assertThat(violations).as("responses outside the OpenAPI document").isEmpty();
        assertThat(operations.keySet()).as("operations of the document that no call exercised").isSubsetOf(exercised.keySet());
    }

    // --- calls -------------------------------------------------------------------------------------

    private HttpResponse<String> call(String method, String uri, String token, Object body, int expected) {
        return callRaw(method, uri, token, "application/json", body == null ? null : write(body), expected);
    }

    private HttpResponse<String> callRaw(String method, String uri, String token, String contentType, String body, int expected) {
        return callWith(method, uri, token, contentType, "application/json, application/problem+json", body, expected);
    }

    /** A list answered as a file: the document names the CSV and XLSX answers of every list. */
    private void export(String uri, String token) {
        callWith("GET", uri, token, null, "text/csv", null, 200);
        callWith("GET", uri + (uri.contains("?") ? "&" : "?") + "format=xlsx&lang=en", token, null, "*/*", null, 200);
    }

    /** A call that accepts {@code accept}, for the answers that are files (CSV, XLSX, ZIP). */
    private HttpResponse<String> callWith(String method, String uri, String token, String contentType, String accept, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + uri))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + uri, e);
        }
        assertThat(response.statusCode()).as("%s %s answered %s", method, uri, response.body()).isEqualTo(expected);
        if (System.getProperty("contract.print") != null) {
            System.out.println(method + " " + uri + " -> " + response.statusCode() + " " + response.body());
        }
        validate(method, uri, response);
        return response;
    }

    private void validate(String method, String uri, HttpResponse<String> response) {
        String path = URI.create(uri).getPath();
        SimpleResponse.Builder real = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> real.withHeader(name, values));
        if (!response.body().isEmpty()) {
            real.withBody(response.body());
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), real.build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(method + " " + uri + " " + response.statusCode() + ": " + m.getKey() + " " + m.getMessage()));
        String operation = operations.entrySet().stream()
                .filter(e -> e.getKey().startsWith(method + " ") && e.getValue().matcher(path).matches())
                .map(Map.Entry::getKey)
                // the most specific template: literal segments beat parameters
                .min(java.util.Comparator.comparingInt(k -> k.length() - k.replace("{", "").length()))
                .orElse(null);
        if (operation == null) {
            violations.add(method + " " + uri + ": no such operation in the document");
        } else {
            exercised.computeIfAbsent(operation, k -> new TreeSet<>()).add(response.statusCode());
        }
    }

    // --- bodies ------------------------------------------------------------------------------------

    private Map<String, Object> agreement() {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "NA");
        body.put("type", "MOU");
        body.put("titleEn", "Contract test " + run + " " + System.nanoTime());
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "IN_FORCE");
        body.put("textPublic", true);
        return body;
    }

    private static Map<String, Object> rating(int level, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("level", level, "evidence", Api.evidence(), "confidence", "MEDIUM"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> criterion() {
        return Map.of("group", "G1", "nameEn", "Contract criterion", "questionEn", "Is it so?",
                "scaleEn", List.of("No", "Named", "Specified", "Enforceable"));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private String document() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as("OpenAPI document generated at compile time").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
