package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem codes are stable, documented and worded in the user's language (docs/problem-codes.md). */
@MicronautTest(transactional = false)
class ProblemCodesTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void shouldHaveAGermanAndAnEnglishTextForEveryCodeAndDocumentEach() throws IOException {
        Properties de = bundle("de");
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).isEqualTo(de.stringPropertyNames());
        assertThat(de.values()).noneMatch(v -> ((String) v).isBlank());

        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(Path.of("..", "docs", "problem-codes.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).isEqualTo(de.stringPropertyNames().stream().filter(k -> !isLabel(k)).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Headings and value words of exported tables share the files but are not problem codes (docs/problem-codes.md, "Exports"). */
    static boolean isLabel(String key) {
        return key.startsWith("value.") || key.startsWith("export.file.") || key.startsWith("field.") && key.chars().filter(c -> c == '.').count() >= 2;
    }

    @Test
    void shouldHaveATextForEveryCodeTheCodeUses() throws IOException {
        Set<String> codes = bundle("de").stringPropertyNames();
        Set<String> prefixes = codes.stream().map(c -> c.substring(0, c.indexOf('.') + 1)).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String code = m.group(1);
                    if (prefixes.stream().anyMatch(code::startsWith) && !codes.contains(code)) {
                        missing.add(code + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        // Codes built from parts: review.<approve|return>.<state|ownEdit|ownSubmission>.
        for (String verb : List.of("approve", "return")) {
            for (String end : List.of("draft", "approved", "returned", "notSubmitted", "ownEdit", "ownSubmission")) {
                if (!codes.contains("review." + verb + "." + end)) {
                    missing.add("review." + verb + "." + end);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldAnswerInGermanByDefaultAndInEnglishWhenAsked() {
        Map<String, Object> german = Api.problem(client, HttpRequest.POST("/api/agreements", missingCountryAndTitle()), 400);
        Map<String, Object> english = Api.problem(client, HttpRequest.POST("/api/agreements", missingCountryAndTitle())
                .header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5"), 400);

        assertThat(german).containsEntry("code", "request.invalid").containsEntry("detail", "Bitte prüfen Sie die markierten Angaben.");
        assertThat(english).containsEntry("code", "request.invalid").containsEntry("detail", "Please check the marked entries.");
        assertThat(error(german, "countryIso2")).containsEntry("code", "agreement.country.required")
                .containsEntry("message", "Wählen Sie das Partnerland.");
        assertThat(error(english, "countryIso2")).containsEntry("code", "agreement.country.required")
                .containsEntry("message", "Choose the partner country.");
        assertThat(error(german, "titleDe")).containsEntry("code", "agreement.title.required");
        // A language the application does not speak falls back to German.
        Map<String, Object> french = Api.problem(client, HttpRequest.POST("/api/agreements", missingCountryAndTitle())
                .header("Accept-Language", "fr-FR"), 400);
        assertThat(french).containsEntry("detail", "Bitte prüfen Sie die markierten Angaben.");
    }

    @Test
    void shouldNameOneMistakeOnceWhenAValueFailsTwoRules() {
        // An empty country is both missing and not a country code: one error, the one that says what to do.
        Map<String, Object> body = missingCountryAndTitle();
        body.put("countryIso2", "");
        Map<String, Object> problem = Api.problem(client, HttpRequest.POST("/api/agreements", body), 400);
        assertThat(Api.fields(problem)).containsOnlyOnce("countryIso2").doesNotHaveDuplicates();
        assertThat(error(problem, "countryIso2")).containsEntry("code", "agreement.country.required");
    }

    @Test
    void shouldSpeakTheUsersLanguageNotTheApis() {
        long id = Api.createAgreement(client, "NA", "MOU", "IN_FORCE", List.of(), true);
        Map<String, Object> rating = new HashMap<>(Map.of("level", 3, "evidence", Api.evidence(), "confidence", "SURE"));
        MutableHttpRequest<?> request = HttpRequest.PUT("/api/agreements/" + id + "/assessments/DP-BASE", rating).header("Accept-Language", "en");
        Map<String, Object> problem = Api.problem(client, request, 400);

        assertThat(error(problem, "confidence")).containsEntry("code", "assessment.confidence.unknown");
        assertThat(error(problem, "level")).containsEntry("code", "assessment.level3.mou");
        assertThat(problem.toString()).doesNotContain("crossReference").doesNotContain("HIGH").doesNotContain("ISO");
    }

    @Test
    void shouldGiveFrameworkProblemsACodeAndTheUsersLanguage() {
        Map<String, Object> missing = Api.problem(client, HttpRequest.GET("/api/agreements/999999999").header("Accept-Language", "en"), 404);
        assertThat(missing).containsEntry("code", "agreement.notFound").containsEntry("detail", "This instrument does not exist.");
        Map<String, Object> anonymous = Api.problem(client, HttpRequest.GET("/api/agreements").header(TestAuth.HEADER, TestAuth.ANONYMOUS), 401);
        assertThat(anonymous).containsEntry("code", "auth.required").containsEntry("detail", "Bitte melden Sie sich an.");
    }

    private static Map<String, Object> missingCountryAndTitle() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "TREATY");
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "IN_FORCE");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> problem, String field) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().filter(e -> field.equals(e.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemCodesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("messages_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
