package de.bund.partnerschaftsmonitor.feedback;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.TestAddresses;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback on accessibility over real HTTP: anyone may send a message (BITV 2.0 § 7), bad input is a problem naming the
 * field and stores nothing, messages per address are limited, and only administrators read and mark them. This machine
 * is a trusted proxy here, so that each test sends from client addresses of its own.
 */
@MicronautTest(transactional = false)
class FeedbackApiTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    TestAuth auth;
    @Inject
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String admin;
    String desk;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = DatabaseTest.super.getProperties();
        props.put("pm.security.trusted-proxies", "127.0.0.1, ::1");
        props.put("pm.feedback.max-per-address", "3");
        return props;
    }

    @BeforeAll
    void tokens() {
        admin = auth.token("feedback.admin", List.of("ADMIN"));
        desk = auth.token("feedback.desk", List.of("DESK_OFFICER"));
    }

    @Test
    void shouldStoreAMessageFromSomeoneWhoIsNotSignedIn() throws Exception {
        String text = "Der Kontrast der Legende ist zu gering " + UUID.randomUUID();
        long auditBefore = sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'feedback'");

        HttpResponse<String> response = post(null, address(), Map.of("message", "  " + text + " ", "page", "/dashboard"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = number(body(response).get("id"));
        assertThat(response.headers().firstValue("Location")).hasValue("/api/feedback/" + id);
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback WHERE id = ? AND message = ? AND page = '/dashboard' AND sender IS NULL"
                + " AND handled_at IS NULL", id, text)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'feedback'")).isEqualTo(auditBefore + 1);
        assertThat(response.body()).doesNotContain(text); // the sender gets a receipt, not the stored messages
    }

    @Test
    void shouldNameTheSignedInSender() throws Exception {
        HttpResponse<String> response = post(desk, address(), Map.of("message", "Fokus nicht sichtbar", "contact", "Referat 11"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = number(body(response).get("id"));
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback WHERE id = ? AND sender = 'feedback.desk' AND contact = 'Referat 11'", id))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldAndStoreNothing() throws Exception {
        long before = sql.count("SELECT COUNT(*) FROM accessibility_feedback");
        assertProblem(post(null, address(), Map.of("message", "   ")), 400, "message", "feedback.message.required");
        assertProblem(post(null, address(), Map.of("message", "x".repeat(4001))), 400, "message", "text.max4000");
        assertProblem(post(null, address(), Map.of("message", "x", "page", "p".repeat(501))), 400, "page", "text.max500");
        assertProblem(post(null, address(), Map.of("message", "x", "contact", "c".repeat(201))), 400, "contact", "text.max200");
        assertProblem(send("POST", "/api/feedback", null, address(), "application/json", "{\"message\":\"\\ud800\"}", Map.of()),
                400, "message", "text.malformed");
        assertProblem(send("POST", "/api/feedback", null, address(), "application/json", "", Map.of()), 400, "body", null);
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback")).isEqualTo(before);
    }

    @Test
    void shouldLimitMessagesPerAddress() throws Exception {
        String client = address();
        for (int i = 0; i < 3; i++) {
            assertThat(post(null, client, Map.of("message", "Nachricht " + i)).statusCode()).isEqualTo(201);
        }
        long before = sql.count("SELECT COUNT(*) FROM accessibility_feedback");
        HttpResponse<String> fourth = post(null, client, Map.of("message", "Nachricht 4"));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body(fourth)).containsEntry("code", "feedback.tooMany").containsEntry("title", "Zu viele Anfragen");
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback")).isEqualTo(before);
        assertThat(post(null, address(), Map.of("message", "Andere Adresse")).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRefuseAMessageFromAFormOnAnotherSite() throws Exception {
        long before = sql.count("SELECT COUNT(*) FROM accessibility_feedback");
        HttpResponse<String> response = send("POST", "/api/feedback", null, address(), "application/json", "{\"message\":\"x\"}",
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertProblem(response, 403, null, null);
        assertThat(body(response)).containsEntry("code", "feedback.crossSite");
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback")).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyAdministratorsReadAndMarkMessages() throws Exception {
        String text = "Tabelle ohne Überschriften " + UUID.randomUUID();
        long id = number(body(post(null, address(), Map.of("message", text))).get("id"));

        assertThat(send("GET", "/api/feedback", desk, null, null, null, Map.of()).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/feedback", null, null, null, null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/api/feedback/" + id, desk, null, "application/json", "{\"version\":0}", Map.of()).statusCode()).isEqualTo(403);

        HttpResponse<String> open = send("GET", "/api/feedback?handled=false&size=100", admin, null, null, null, Map.of());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains(text);
        Map<String, Object> item = body(send("GET", "/api/feedback/" + id, admin, null, null, null, Map.of()));
        assertThat(item).containsEntry("message", text).containsEntry("handled", false);

        HttpResponse<String> marked = send("PUT", "/api/feedback/" + id, admin, null, "application/json",
                "{\"version\":" + item.get("version") + ",\"handled\":true}", Map.of());
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(body(marked)).containsEntry("handled", true).containsEntry("handledBy", "feedback.admin");
        assertThat(sql.count("SELECT COUNT(*) FROM accessibility_feedback WHERE id = ? AND handled_by = 'feedback.admin' AND handled_at IS NOT NULL", id))
                .isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'feedback' AND entity_id = ? AND action = 'HANDLE_FEEDBACK'",
                String.valueOf(id))).isEqualTo(1);
        assertThat(send("GET", "/api/feedback?handled=false&size=100", admin, null, null, null, Map.of()).body()).doesNotContain(text);
        assertThat(send("GET", "/api/feedback?handled=true&size=100", admin, null, null, null, Map.of()).body()).contains(text);

        assertProblem(send("PUT", "/api/feedback/" + id, admin, null, "application/json", "{\"version\":" + item.get("version") + "}", Map.of()),
                409, null, null);
        assertProblem(send("PUT", "/api/feedback/999999999", admin, null, "application/json", "{\"version\":0}", Map.of()), 404, null, null);
        assertProblem(send("PUT", "/api/feedback/" + id, admin, null, "application/json", "{}", Map.of()), 400, "version", "version.required");
    }

    // --- helpers

    static String address() {
        return TestAddresses.fresh();
    }

    HttpResponse<String> post(String token, String client, Map<String, Object> body) throws IOException, InterruptedException {
        return send("POST", "/api/feedback", token, client, "application/json", json.writeValueAsString(body), Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, String client, String type, String body,
                              Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (client != null) request.header("X-Forwarded-For", client);
        if (type != null) request.header("Content-Type", type);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Map<String, Object> body(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    void assertProblem(HttpResponse<String> response, int status, String field, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        if (field != null) {
            List<Map<String, Object>> errors = (List<Map<String, Object>>) body(response).get("errors");
            assertThat(errors).as(response.body()).anySatisfy(e -> {
                assertThat(e).containsEntry("field", field);
                if (code != null) assertThat(e).containsEntry("code", code);
            });
        }
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
