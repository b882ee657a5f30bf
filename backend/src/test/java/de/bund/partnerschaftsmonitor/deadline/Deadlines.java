package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Instruments with a desk of their own, so that each test reads only its own deadlines. */
final class Deadlines {

    private Deadlines() {
    }

    static String desk() {
        return "Referat T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return DeadlineService.today();
    }

    /** Creates an instrument through the API; {@code dates} uses the API's field names. */
    static long instrument(HttpClient client, String desk, String iso2, String status, String title, Map<String, Object> dates) {
        Map<String, Object> body = new HashMap<>(dates);
        body.put("countryIso2", iso2);
        body.put("type", "MOU");
        body.put("titleDe", title);
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", status);
        body.put("responsibleDesk", desk);
        body.put("components", List.of("SKILLED_LABOUR"));
        return ((Number) Api.send(client, HttpRequest.POST("/api/agreements", body)).get("id")).longValue();
    }

    /** Rated and submitted for review by the default test desk officer, {@code daysAgo} days ago. */
    static void submitted(HttpClient client, Sql sql, long agreementId, String criterion, int daysAgo) {
        Map<String, Object> rated = Api.rate(client, agreementId, criterion, Api.rating(2, null));
        Api.send(client, HttpRequest.POST("/api/agreements/" + agreementId + "/assessments/" + criterion + "/submit",
                Map.of("version", rated.get("version"))));
        sql.update("UPDATE assessments SET submitted_at = ? WHERE agreement_id = ? AND criterion_code = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(daysAgo))), agreementId, criterion);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("items");
    }
}
