package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery: writes that ride on the browser's session cookie must echo that session's
 * XSRF token. Missing, forged and other-session tokens are refused with 403 problem+json, and nothing
 * is stored. The corpus is every write endpoint × every way of getting the token wrong.
 */
@MicronautTest(transactional = false)
class CsrfTest implements ProofTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Sql sql;

    final HttpClient client = HttpClient.newHttpClient();
    Session desk;
    Session other;
    Session admin;
    long agreementId;

    record Session(String cookie, String xsrf) {
    }

    record Write(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void signIn() throws Exception {
        desk = login("desk.officer");
        other = login("desk.officer2");
        admin = login("admin");
        HttpResponse<String> created = send("POST", "/api/agreements", AGREEMENT, desk, desk.xsrf());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(m.find()).isTrue();
        agreementId = Long.parseLong(m.group(1));
    }

    static final String AGREEMENT = "{\"countryIso2\":\"NZ\",\"type\":\"MOU\",\"titleDe\":\"CSRF-Ziel\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"SIGNED\"}";

    static Stream<Object[]> corpus() {
        List<Write> writes = List.of(
                new Write("POST", "/api/agreements", AGREEMENT),
                new Write("PUT", "/api/agreements/{id}", AGREEMENT.replace("{", "{\"version\":0,")),
                new Write("DELETE", "/api/agreements/{id}", null),
                new Write("POST", "/api/agreements/{id}/restore", ""),
                new Write("PUT", "/api/agreements/{id}/assessments/DP-BASE",
                        "{\"level\":0,\"notApplicable\":false,\"evidence\":{\"reference\":\"Art. 1\"},\"confidence\":\"LOW\"}"),
                new Write("POST", "/api/agreements/{id}/assessments/DP-BASE/submit", "{}"),
                new Write("POST", "/api/agreements/{id}/assessments/DP-BASE/approve", "{\"version\":0}"),
                new Write("POST", "/api/agreements/{id}/assessments/DP-BASE/return", "{\"version\":0,\"comment\":\"x\"}"),
                new Write("POST", "/api/agreements/{id}/assessments/DP-BASE/comments", "{\"comment\":\"x\"}"),
                new Write("POST", "/api/catalogs", "{\"label\":\"x\"}"),
                new Write("PUT", "/api/catalogs/1/gating-rules/BIOMETRICS_DP_BASE", "{\"version\":0,\"descriptionEn\":\"x\"}"),
                new Write("POST", "/api/scorecards/recompute", null),
                new Write("POST", "/api/feedback", "{\"message\":\"Kontrast\"}"),
                new Write("PUT", "/api/me/language", "{\"language\":\"en\"}"),
                new Write("POST", "/logout", null));
        List<Object[]> cases = new ArrayList<>();
        for (Write w : writes) {
            if (w.path().equals("/logout")) {
                continue; // signing out needs no protection and is exempt by design
            }
            for (String token : List.of("missing", "forged", "other-session", "empty")) {
                cases.add(new Object[]{w, token});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} token")
    @MethodSource("corpus")
    void shouldRefuseCookieWritesWithoutThisSessionsToken(Write write, String token) throws Exception {
        // Administrators' endpoints with an administrator's session: refused for the token, not for the role.
        Session session = isAdminWrite(write) ? admin : desk;
        String header = switch (token) {
            case "missing" -> null;
            case "forged" -> "forged-" + session.xsrf().substring(0, Math.min(8, session.xsrf().length()));
            case "other-session" -> other.xsrf();
            default -> "";
        };
        Map<String, Long> before = counts();

        HttpResponse<String> response = send(write.method(), write.path().replace("{id}", String.valueOf(agreementId)),
                write.body(), session, header);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseACookieAndHeaderPairThatThisSessionWasNotGiven() throws Exception {
        // Double submit alone lets anyone who can plant a cookie pick the pair; the token must be the session's own.
        String chosen = "chosen-by-someone-else-0123456789";
        Session planted = new Session(desk.cookie().replaceAll("XSRF-TOKEN=[^;]*", "XSRF-TOKEN=" + chosen), chosen);
        Map<String, Long> before = counts();

        HttpResponse<String> response = send("POST", "/api/agreements", AGREEMENT, planted, chosen);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseTheTokenOfAnotherSessionOfTheSamePerson() throws Exception {
        Session second = login("desk.officer");
        assertThat(second.xsrf()).isNotEqualTo(desk.xsrf());

        HttpResponse<String> response = send("POST", "/api/agreements", AGREEMENT, second, desk.xsrf());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(send("POST", "/api/agreements", AGREEMENT, second, second.xsrf()).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRefuseASignInFromAFormOnAnotherSite() throws Exception {
        // Login CSRF: a foreign page's form would sign the browser in as the attacker's account.
        for (Map.Entry<String, String> from : Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example").entrySet()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login?session=cookie"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(from.getKey(), from.getValue())
                    .POST(HttpRequest.BodyPublishers.ofString("username=desk.officer2&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s: %s", from, response.body()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("PM_SESSION=") && !c.startsWith("PM_SESSION=;"));
        }
        HttpResponse<String> sameOrigin = client.send(HttpRequest.newBuilder(uri("/login?session=cookie"))
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + server.getPort())
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"desk.officer2\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);
    }

    private static boolean isAdminWrite(Write write) {
        return write.path().startsWith("/api/catalogs") || write.path().startsWith("/api/scorecards/");
    }

    @Test
    void shouldLetAnAdministratorsWriteThroughWithTheSessionsOwnToken() throws Exception {
        HttpResponse<String> response = send("POST", "/api/scorecards/recompute", null, admin, admin.xsrf());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "agreements", sql.count("SELECT COUNT(*) FROM agreements"),
                "archived", sql.count("SELECT COUNT(*) FROM agreements WHERE archived_at IS NOT NULL"),
                "versions", sql.count("SELECT COALESCE(SUM(version), 0) FROM agreements"),
                "assessments", sql.count("SELECT COUNT(*) FROM assessments"),
                "audit", sql.count("SELECT COUNT(*) FROM audit_events"),
                "scores", sql.count("SELECT COUNT(*) FROM country_scores"),
                "generation", sql.count("SELECT generation FROM data_generation"),
                "feedback", sql.count("SELECT COUNT(*) FROM accessibility_feedback"));
    }

    private Session login(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login?session=cookie"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        StringBuilder cookie = new StringBuilder();
        String xsrf = null;
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            cookie.append(cookie.isEmpty() ? "" : "; ").append(pair);
            if (pair.startsWith("XSRF-TOKEN=")) {
                xsrf = pair.substring("XSRF-TOKEN=".length());
            }
        }
        assertThat(xsrf).as("XSRF-TOKEN cookie").isNotBlank();
        return new Session(cookie.toString(), xsrf);
    }

    private HttpResponse<String> send(String method, String path, String body, Session session, String xsrfHeader)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", session.cookie())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (xsrfHeader != null) {
            request.header("X-XSRF-TOKEN", xsrfHeader);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }
}
