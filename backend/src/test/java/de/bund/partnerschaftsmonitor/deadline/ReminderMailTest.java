package de.bund.partnerschaftsmonitor.deadline;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders against a real SMTP server (GreenMail) started here, on the shared real database. Every test has its
 * own desk and addresses, so that it counts only its own mails; the job runs by hand (its schedule starts in an hour).
 */
@MicronautTest(transactional = false)
class ReminderMailTest implements DatabaseTest {

    private static GreenMail smtp;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @Inject
    ReminderService reminders;

    private final LocalDate today = Deadlines.today();
    private final List<ApplicationContext> others = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        if (smtp == null) {
            smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
        }
        Map<String, String> props = new HashMap<>(DatabaseTest.super.getProperties());
        smtpProperties(smtp.getSmtp().getPort()).forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }

    private static Map<String, Object> smtpProperties(int port) {
        return Map.of("pm.reminders.smtp-host", "127.0.0.1", "pm.reminders.smtp-port", String.valueOf(port),
                "pm.reminders.smtp-tls", "none", "pm.reminders.from", "fristen@partnerschaftsmonitor.test",
                "pm.reminders.initial-delay", "1h", "pm.public-url", "https://monitor.example.test");
    }

    /** Another instance on the same database, as after a restart or beside this one. */
    private ReminderService instance(Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.putAll(extra);
        ApplicationContext context = ApplicationContext.builder(Environment.TEST).properties(props).start();
        others.add(context);
        return context.getBean(ReminderService.class);
    }

    @AfterAll
    void stop() {
        others.forEach(ApplicationContext::close);
        smtp.stop();
    }

    private String address(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@bund.test";
    }

    private void account(String email, String desk, boolean enabled, String... roles) {
        String username = "rem." + UUID.randomUUID().toString().substring(0, 12);
        sql.update("INSERT INTO accounts (username, display_name, password_hash, enabled, email, desk) VALUES (?, ?, '!test-only', ?, ?, ?)",
                username, username, enabled, email, desk);
        roles(username, roles);
    }

    /** An account that reads English. */
    private String englishAccount(String email, String desk, String... roles) {
        String username = "rem." + UUID.randomUUID().toString().substring(0, 12);
        sql.update("INSERT INTO accounts (username, display_name, password_hash, enabled, email, desk, language) VALUES (?, ?, '!test-only', TRUE, ?, ?, 'en')",
                username, username, email, desk);
        roles(username, roles);
        return username;
    }

    private void roles(String username, String... roles) {
        for (String role : roles) {
            sql.update("INSERT INTO account_roles (account_id, role) SELECT id, ? FROM accounts WHERE username = ?", role, username);
        }
    }

    /** Mails GreenMail received for these addresses, as "address|subject". */
    private List<String> mailsTo(String... addresses) throws MessagingException {
        Set<String> wanted = Set.of(addresses);
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                if (wanted.contains(to.toString())) {
                    out.add(to + "|" + m.getSubject());
                }
            }
        }
        return out;
    }

    private MimeMessage mailTo(String address, String subjectPart) throws MessagingException {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
                    && m.getSubject().contains(subjectPart)) {
                return m;
            }
        }
        throw new AssertionError("no mail to " + address + " about " + subjectPart);
    }

    /** The decoded text (the mail travels quoted-printable). */
    private static String text(MimeMessage m) throws MessagingException, IOException {
        return (String) m.getContent();
    }

    @Test
    void shouldRemindTheDeskMembersOnceAtTheTightestLeadTime() throws Exception {
        String desk = Deadlines.desk();
        String first = address("erste");
        String second = address("zweite");
        String outsider = address("fremd");
        String disabled = address("aus");
        account(first, desk, true, "DESK_OFFICER");
        account(second, desk.toUpperCase(), true, "DESK_OFFICER");
        account(outsider, Deadlines.desk(), true, "DESK_OFFICER");
        account(disabled, desk, false, "DESK_OFFICER");
        account(null, desk, true, "DESK_OFFICER");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long review = Deadlines.instrument(client, desk, "KE", "SIGNED", "Überprüfung " + tag,
                Map.of("nextReviewDue", today.plusDays(20).toString()));
        Deadlines.instrument(client, desk, "GH", "SIGNED", "Ende " + tag, Map.of("dateSigned", "2025-01-01", "dateEnd", today.plusDays(5).toString()));
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Später " + tag, Map.of("nextReviewDue", today.plusDays(40).toString()));

        reminders.sendDue();

        assertThat(mailsTo(first, second, outsider, disabled)).containsExactlyInAnyOrder(
                first + "|Frist: Überprüfung fällig: Überprüfung " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.plusDays(20)),
                second + "|Frist: Überprüfung fällig: Überprüfung " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.plusDays(20)),
                first + "|Frist: Laufzeitende: Ende " + tag + " (Ghana) – " + DeadlineTexts.dateDe(today.plusDays(5)),
                second + "|Frist: Laufzeitende: Ende " + tag + " (Ghana) – " + DeadlineTexts.dateDe(today.plusDays(5)));
        String body = text(mailTo(first, "Überprüfung " + tag));
        assertThat(body).contains("fällig in 20 Tagen", "Zuständig: " + desk, "einmal je Frist und Vorlauf (hier 30 Tage)",
                "https://monitor.example.test/agreements/" + review).doesNotContain("due in", "English");
        assertThat(text(mailTo(second, "Ende " + tag))).contains("(hier 7 Tage)");
        assertThat(sql.count("SELECT COUNT(*) FROM reminder_claims WHERE recipient IN (?, ?) AND state = 'SENT'", first, second)).isEqualTo(4);

        reminders.sendDue();
        assertThat(mailsTo(first, second)).as("the second run sends nothing again").hasSize(4);

        // After a restart (a new application on the same database) nothing is sent twice ...
        instance(smtpProperties(smtp.getSmtp().getPort())).sendDue();
        assertThat(mailsTo(first, second)).hasSize(4);
        // ... but a lead time not yet reminded of is: 25 days before, the review 20 days ahead is due for it.
        instance(Map.of("pm.reminders.smtp-host", "127.0.0.1", "pm.reminders.smtp-port", String.valueOf(smtp.getSmtp().getPort()),
                "pm.reminders.from", "fristen@partnerschaftsmonitor.test", "pm.reminders.initial-delay", "1h",
                "pm.reminders.lead-days", "7,25")).sendDue();
        assertThat(mailsTo(first, second)).hasSize(6).filteredOn(m -> m.contains("Überprüfung " + tag)).hasSize(4);
    }

    @Test
    void shouldWriteEachReminderInItsRecipientsLanguageOncePerDeadlineAndLeadTime() throws Exception {
        String desk = Deadlines.desk();
        String german = address("deutsch");
        String english = address("english");
        String reviewer = address("reviewer");
        account(german, desk, true, "DESK_OFFICER");
        String englishUser = englishAccount(english, desk, "DESK_OFFICER");
        englishAccount(reviewer, null, "DEVCOOP_REVIEWER");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate due = today.plusDays(20);
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Überprüfung " + tag,
                Map.of("titleEn", "Review " + tag, "nextReviewDue", due.toString()));
        Deadlines.submitted(client, sql, id, "DP-BASE", 20);

        reminders.sendDue();

        String englishDue = due.getDayOfMonth() + " " + due.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + due.getYear();
        assertThat(mailsTo(german, english)).filteredOn(m -> m.contains(tag)).containsExactlyInAnyOrder(
                german + "|Frist: Überprüfung fällig: Überprüfung " + tag + " (Kenia) – " + DeadlineTexts.dateDe(due),
                german + "|Frist: Bewertung wartet auf Prüfung: Überprüfung " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.minusDays(6)),
                english + "|Deadline: Review due: Review " + tag + " (Kenya) – " + englishDue,
                english + "|Deadline: Rating awaiting review: Review " + tag + " (Kenya) – " + DeadlineTexts.dateEn(today.minusDays(6)));
        assertThat(mailsTo(reviewer)).filteredOn(m -> m.contains(tag)).containsExactly(
                reviewer + "|Deadline: Rating awaiting review: Review " + tag + " (Kenya) – " + DeadlineTexts.dateEn(today.minusDays(6)));
        MimeMessage inGerman = mailTo(german, "Überprüfung fällig");
        assertThat(text(inGerman)).contains("Guten Tag", "fällig in 20 Tagen", "Partnerland: Kenia", "(hier 30 Tage)")
                .doesNotContain("Hello", "due in", "Partner country");
        assertThat(inGerman.getHeader("Content-Language")).containsExactly("de");
        MimeMessage inEnglish = mailTo(english, "Review due");
        assertThat(text(inEnglish)).contains("Hello", "due in 20 days", "Review due on " + englishDue, "Instrument: Review " + tag,
                "Partner country: Kenya", "(here 30 days)", "https://monitor.example.test/agreements/" + id)
                .doesNotContain("Guten Tag", "fällig", "Partnerland");
        assertThat(inEnglish.getHeader("Content-Language")).containsExactly("en");

        // Still once per deadline and lead time: a second run, and a change of language, send nothing again.
        sql.update("UPDATE accounts SET language = 'de' WHERE username = ?", englishUser);
        reminders.sendDue();
        assertThat(mailsTo(german, english, reviewer)).filteredOn(m -> m.contains(tag)).hasSize(5);
    }

    @Test
    void shouldSendEachReminderOnceWhenTwoInstancesRunTheJobAtTheSameTime() throws Exception {
        String desk = Deadlines.desk();
        List<String> members = List.of(address("a"), address("b"), address("c"));
        members.forEach(m -> account(m, desk, true, "DESK_OFFICER"));
        for (int i = 0; i < 4; i++) {
            Deadlines.instrument(client, desk, "KE", "SIGNED", "Gleichzeitig " + i, Map.of("nextReviewDue", today.plusDays(3 + i).toString()));
        }
        ReminderService one = instance(smtpProperties(smtp.getSmtp().getPort()));
        ReminderService two = instance(smtpProperties(smtp.getSmtp().getPort()));

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { await(start); return one.sendDue(); });
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> { await(start); return two.sendDue(); });
        start.countDown();
        int sent = a.get() + b.get();

        List<String> mails = mailsTo(members.toArray(String[]::new));
        assertThat(mails).hasSize(12).doesNotHaveDuplicates();
        assertThat(sent).as("mails the two instances say they sent").isEqualTo(12);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldRemindReviewersAndTheDeskOfARatingWaitingTooLong() throws Exception {
        String desk = Deadlines.desk();
        String member = address("referat");
        String reviewer = address("pruefer");
        account(member, desk, true, "DESK_OFFICER");
        account(reviewer, null, true, "DEVCOOP_REVIEWER");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long id = Deadlines.instrument(client, desk, "KE", "SIGNED", "Wartet " + tag, Map.of());
        Deadlines.submitted(client, sql, id, "DP-BASE", 20);
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Nur Referat " + tag, Map.of("nextReviewDue", today.plusDays(2).toString()));

        reminders.sendDue();

        assertThat(mailsTo(member, reviewer)).filteredOn(m -> m.contains(tag)).containsExactlyInAnyOrder(
                member + "|Frist: Bewertung wartet auf Prüfung: Wartet " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.minusDays(6)),
                reviewer + "|Frist: Bewertung wartet auf Prüfung: Wartet " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.minusDays(6)),
                member + "|Frist: Überprüfung fällig: Nur Referat " + tag + " (Kenia) – " + DeadlineTexts.dateDe(today.plusDays(2)));
        assertThat(text(mailTo(reviewer, "Wartet " + tag)))
                .contains("seit 6 Tagen überfällig", "Kriterien: DP-BASE", "/agreements/" + id + "/assessment");
    }

    @Test
    void shouldRetryAFailedSendLaterAndThenSendItOnce() throws Exception {
        String desk = Deadlines.desk();
        String member = address("wiederholt");
        account(member, desk, true, "DESK_OFFICER");
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Wiederholung", Map.of("nextReviewDue", today.plusDays(1).toString()));
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ReminderService broken = instance(smtpProperties(closed));

        assertThat(broken.sendDue()).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM reminder_claims WHERE recipient = ? AND state = 'FAILED' AND attempts = 1"
                + " AND retry_after > CURRENT_TIMESTAMP(6) AND last_error IS NOT NULL", member)).isEqualTo(1);
        reminders.sendDue();
        assertThat(mailsTo(member)).as("not before its retry time").isEmpty();

        sql.update("UPDATE reminder_claims SET retry_after = ? WHERE recipient = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), member);
        reminders.sendDue();
        reminders.sendDue();

        assertThat(mailsTo(member)).hasSize(1);
        assertThat(sql.count("SELECT COUNT(*) FROM reminder_claims WHERE recipient = ? AND state = 'SENT' AND attempts = 2", member)).isEqualTo(1);
    }

    @Test
    void shouldSendNothingWithoutSmtpSettingsWhileTheDeadlinesStayReadable() throws Exception {
        String desk = Deadlines.desk();
        String member = address("ohne");
        account(member, desk, true, "DESK_OFFICER");
        Deadlines.instrument(client, desk, "KE", "SIGNED", "Ohne SMTP", Map.of("nextReviewDue", today.plusDays(1).toString()));

        assertThat(instance(Map.of("pm.reminders.initial-delay", "1h")).sendDue()).isZero();

        assertThat(mailsTo(member)).isEmpty();
        assertThat(sql.count("SELECT COUNT(*) FROM reminder_claims WHERE recipient = ?", member)).isZero();
        assertThat(Deadlines.items(Api.get(client, "/api/deadlines?desk=" + java.net.URLEncoder.encode(desk, java.nio.charset.StandardCharsets.UTF_8))))
                .hasSize(1);
    }
}
