package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CalendarFeedTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    private final LocalDate today = Deadlines.today();

    private String user(String role) {
        String name = "cal." + UUID.randomUUID().toString().substring(0, 10);
        return TestAuth.as(name, role);
    }

    private Map<String, Object> link(String as) {
        return Api.send(client, HttpRequest.GET("/api/me/calendar").header(TestAuth.HEADER, as));
    }

    /** The feed, fetched as a calendar client would: no session at all. */
    private HttpResponse<String> feed(String url) {
        return client.toBlocking().exchange(HttpRequest.GET(URI.create(url).getPath()).header(TestAuth.HEADER, TestAuth.ANONYMOUS), String.class);
    }

    private int feedStatus(String url) {
        try {
            return feed(url).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private void revoke(String as) {
        assertThat(client.toBlocking().exchange(HttpRequest.DELETE("/api/me/calendar").header(TestAuth.HEADER, as)).code()).isEqualTo(204);
    }

    private void setDesk(String as, String desk) {
        sql.update("UPDATE accounts SET desk = ? WHERE username = ?", desk, as.substring(0, as.indexOf(':')));
    }

    @Test
    void shouldServeTheDeadlinesOfTheAccountsDeskAsICalendarWithoutASession() {
        String desk = Deadlines.desk();
        String as = user("DESK_OFFICER");
        link(as); // makes the account
        revoke(as);
        setDesk(as, desk);
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Kalender Überprüfung", Map.of("nextReviewDue", today.plusDays(12).toString()));
        Deadlines.instrument(client, Deadlines.desk(), "KE", "SIGNED", "Fremdes Referat", Map.of("nextReviewDue", today.plusDays(12).toString()));

        Map<String, Object> made = link(as);
        String url = (String) made.get("url");
        assertThat(url).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(made).containsEntry("active", true);
        HttpResponse<String> response = feed(url);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/calendar"));
        String ics = response.body().replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "PRODID:")
                .contains("UID:review-" + id + "-" + today.plusDays(12) + "@partnerschaftsmonitor")
                .contains("DTSTART;VALUE=DATE:" + today.plusDays(12).format(DateTimeFormatter.BASIC_ISO_DATE))
                .contains("SUMMARY:Überprüfung fällig: Kalender Überprüfung (Kenia)")
                .contains("URL:" + url.substring(0, url.indexOf("/calendar/")) + "/agreements/" + id)
                .contains("DESCRIPTION:Überprüfung fällig am ")
                .doesNotContain("Fremdes Referat");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(feed(url).body().replace("\r\n ", "")).as("same UID on every fetch")
                .contains("UID:review-" + id + "-" + today.plusDays(12) + "@partnerschaftsmonitor");
    }

    @Test
    void shouldShowTheUrlOnceAndKeepOnlyAHashOfTheToken() {
        String as = user("LEADERSHIP");
        String url = (String) link(as).get("url");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);

        Map<String, Object> again = link(as);
        assertThat(again).containsEntry("active", true).doesNotContainKey("url");
        assertThat(sql.count("SELECT COUNT(*) FROM calendar_feeds WHERE token_hash = ?", CalendarService.hash(token))).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM calendar_feeds WHERE token_hash = ? OR username = ?", token, token)).isZero();
        assertThat(feedStatus(url)).isEqualTo(200);
    }

    @Test
    void shouldAnswer404ForARevokedUrlAndMakeANewOneAfterwards() {
        String as = user("DEVCOOP_REVIEWER");
        String old = (String) link(as).get("url");
        assertThat(feedStatus(old)).isEqualTo(200);

        HttpResponse<?> revoked = client.toBlocking().exchange(HttpRequest.DELETE("/api/me/calendar").header(TestAuth.HEADER, as));
        assertThat(revoked.code()).isEqualTo(204);

        assertThat(feedStatus(old)).isEqualTo(404);
        String fresh = (String) link(as).get("url");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(feedStatus(fresh)).isEqualTo(200);
        assertThat(feedStatus(old)).isEqualTo(404);
    }

    @Test
    void shouldServeNothingForAnUnknownTokenOrADisabledAccount() {
        assertThat(feedStatus("/calendar/" + "A".repeat(43) + ".ics")).isEqualTo(404);
        assertThat(feedStatus("/calendar/not-a-token.ics")).isEqualTo(404);
        String as = user("DESK_OFFICER");
        String url = (String) link(as).get("url");
        assertThat(url.replace(".ics", ".txt")).satisfies(u -> assertThat(feedStatus(u)).isEqualTo(404));

        sql.update("UPDATE accounts SET enabled = FALSE WHERE username = ?", as.substring(0, as.indexOf(':')));
        assertThat(feedStatus(url)).isEqualTo(404);
    }

    @Test
    void shouldLeaveRatingsWaitingForReviewOutOfTheFeedOfARoleThatDoesNotReview() {
        String desk = Deadlines.desk();
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Kalender Prüfung", Map.of());
        Deadlines.submitted(client, sql, id, "DP-BASE", 20);
        String reviewer = user("DEVCOOP_REVIEWER");
        String leadership = user("LEADERSHIP");
        link(reviewer);
        link(leadership);
        revoke(reviewer);
        revoke(leadership);
        setDesk(reviewer, desk);
        setDesk(leadership, desk);

        assertThat(feed((String) link(reviewer).get("url")).body()).contains("SUMMARY:Bewertung wartet auf Prüfung");
        assertThat(feed((String) link(leadership).get("url")).body()).doesNotContain("VEVENT");
    }
}
