package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DeadlineApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    private final LocalDate today = Deadlines.today();

    private Map<String, Object> get(String query) {
        return Api.get(client, "/api/deadlines" + query);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldListEveryKindOfDeadlineOfADeskWithWhoIsResponsible() {
        String desk = Deadlines.desk();
        long reviewed = Deadlines.instrument(client, desk, "KE", "IN_FORCE", "Fristtest Überprüfung",
                Map.of("dateSigned", "2024-01-10", "dateInForce", "2024-02-01", "nextReviewDue", today.plusDays(10).toString(),
                        "dateEnd", today.plusDays(200).toString()));
        long negotiating = Deadlines.instrument(client, desk, "KE", "NEGOTIATING", "Fristtest Verhandlung",
                Map.of("plannedDate", today.minusDays(3).toString()));
        Deadlines.instrument(client, Deadlines.desk(), "KE", "IN_FORCE", "Anderes Referat",
                Map.of("nextReviewDue", today.plusDays(10).toString()));
        Deadlines.submitted(client, sql, negotiating, "DP-BASE", 20);
        Deadlines.submitted(client, sql, negotiating, "PURPOSE", 2);

        Map<String, Object> list = get("?desk=" + enc(desk));

        List<Map<String, Object>> items = Deadlines.items(list);
        assertThat(items).extracting(i -> i.get("kind")).containsExactly("CORE_UNRATED", "RATING_REVIEW", "NEGOTIATION", "REVIEW", "END");
        assertThat(items).allSatisfy(i -> assertThat(i).containsEntry("desk", desk));
        Map<String, Object> core = items.get(0);
        assertThat(core).containsEntry("agreementId", (int) reviewed).containsEntry("dueDate", "2024-02-01")
                .containsEntry("urgency", "OVERDUE").containsEntry("link", "/agreements/" + reviewed + "/assessment");
        assertThat(Api.strings(core.get("criteria"))).contains("DP-BASE").doesNotContain("HUMAN-OVERSIGHT");
        assertThat(items.get(1)).containsEntry("agreementId", (int) negotiating).containsEntry("dueDate", today.minusDays(6).toString());
        assertThat(Api.strings(items.get(1).get("criteria"))).containsExactly("DP-BASE");
        assertThat(items.get(2)).containsEntry("urgency", "OVERDUE").containsEntry("daysLeft", -3).containsEntry("title", "Fristtest Verhandlung");
        assertThat(items.get(3)).containsEntry("urgency", "SOON").containsEntry("daysLeft", 10).containsEntry("countryIso2", "KE")
                .containsEntry("countryNameDe", "Kenia").containsEntry("link", "/agreements/" + reviewed);
        assertThat(items.get(4)).containsEntry("urgency", "LATER");
        assertThat(list).containsEntry("today", today.toString()).containsEntry("reviewOverdueDays", 14);
    }

    @Test
    void shouldListANegotiationByItsPlannedDateOnlyWhileItIsStillInNegotiation() {
        String desk = Deadlines.desk();
        long overdue = Deadlines.instrument(client, desk, "KE", "NEGOTIATING", "Verhandlung überfällig",
                Map.of("plannedDate", today.minusDays(5).toString()));
        Deadlines.instrument(client, desk, "KE", "PLANNED", "Geplant später", Map.of("plannedDate", today.plusDays(40).toString()));
        // A declaration signed before the negotiation of the agreement is no plan: no negotiation deadline from it.
        Deadlines.instrument(client, desk, "KE", "NEGOTIATING", "Ohne Plan", Map.of("dateSigned", today.minusDays(5).toString()));

        List<Map<String, Object>> items = Deadlines.items(get("?desk=" + enc(desk)));

        assertThat(items).extracting(i -> i.get("kind") + ":" + i.get("title") + ":" + i.get("urgency") + ":" + i.get("dueDate"))
                .containsExactly("NEGOTIATION:Verhandlung überfällig:OVERDUE:" + today.minusDays(5),
                        "NEGOTIATION:Geplant später:LATER:" + today.plusDays(40));
        assertThat(items.get(0)).containsEntry("daysLeft", -5).containsEntry("link", "/agreements/" + overdue);

        // Signed (the planned date emptied, as the rules ask), the negotiation is no deadline any more.
        Map<String, Object> current = Api.get(client, "/api/agreements/" + overdue);
        Map<String, Object> signed = new java.util.HashMap<>(Map.of("version", current.get("version"), "countryIso2", "KE", "type", "MOU",
                "titleDe", "Verhandlung überfällig", "partyLevel", "DE_BILATERAL", "status", "SIGNED", "responsibleDesk", desk,
                "dateSigned", today.toString()));
        Api.send(client, HttpRequest.PUT("/api/agreements/" + overdue, signed));
        assertThat(Deadlines.items(get("?desk=" + enc(desk)))).extracting(i -> i.get("title")).containsExactly("Geplant später");
    }

    @Test
    void shouldFilterByCountryAndPeriod() {
        String desk = Deadlines.desk();
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Kenia bald", Map.of("nextReviewDue", today.plusDays(5).toString()));
        Deadlines.instrument(client, desk, "GH", "SIGNED", "Ghana bald", Map.of("nextReviewDue", today.plusDays(5).toString()));
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Kenia später", Map.of("nextReviewDue", today.plusDays(50).toString()));

        assertThat(Deadlines.items(get("?desk=" + enc(desk) + "&country=KE"))).extracting(i -> i.get("title"))
                .containsExactly("Kenia bald", "Kenia später");
        assertThat(Deadlines.items(get("?desk=" + enc(desk) + "&from=" + today.plusDays(5) + "&to=" + today.plusDays(5))))
                .extracting(i -> i.get("title")).containsExactlyInAnyOrder("Kenia bald", "Ghana bald");
        assertThat(Deadlines.items(get("?desk=" + enc(desk) + "&country=GH&from=" + today.plusDays(6)))).isEmpty();
    }

    @Test
    void shouldShowRatingsWaitingForReviewOnlyToRolesThatReview() {
        String desk = Deadlines.desk();
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Prüfung wartet", Map.of());
        Deadlines.submitted(client, sql, id, "DP-BASE", 15);

        assertThat(Deadlines.items(Api.send(client, HttpRequest.GET("/api/deadlines?desk=" + enc(desk))
                .header(TestAuth.HEADER, TestAuth.as("deadline.reviewer", "DEVCOOP_REVIEWER"))))).hasSize(1);
        assertThat(Deadlines.items(Api.send(client, HttpRequest.GET("/api/deadlines?desk=" + enc(desk))
                .header(TestAuth.HEADER, TestAuth.as("deadline.leadership", "LEADERSHIP"))))).isEmpty();
    }

    @Test
    void shouldLeaveOutArchivedInstruments() {
        String desk = Deadlines.desk();
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Archiviert", Map.of("nextReviewDue", today.plusDays(5).toString()));
        Map<String, Object> current = Api.get(client, "/api/agreements/" + id);
        client.toBlocking().exchange(HttpRequest.DELETE("/api/agreements/" + id + "?version=" + current.get("version")));

        assertThat(Deadlines.items(get("?desk=" + enc(desk)))).isEmpty();
    }

    @Test
    void shouldNameTheFieldOfABadFilter() {
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/deadlines?country=XX"), 400))).containsExactly("country");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/deadlines?country=kenya"), 400))).containsExactly("country");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/deadlines?from=morgen"), 400))).containsExactly("from");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/deadlines?to=2026-02-30"), 400))).containsExactly("to");
        Map<String, Object> order = Api.problem(client, HttpRequest.GET("/api/deadlines?from=2026-03-01&to=2026-02-01"), 400);
        assertThat(Api.fields(order)).containsExactly("to");
        assertThat(order.toString()).contains("deadline.period.order");
        assertThat(Api.fields(Api.problem(client, HttpRequest.GET("/api/deadlines?desk=" + "x".repeat(101)), 400))).containsExactly("desk");
    }
}
