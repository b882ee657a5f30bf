package de.bund.partnerschaftsmonitor.deadline;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the reminders that are due: each deadline's members of the responsible desk, and for ratings waiting for
 * review also the reviewers, get one mail per deadline and lead time. A reminder is claimed in the database before
 * its mail leaves, so a restart or a second instance never sends it again; a failed send is retried later.
 */
@Singleton
class ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    static final int MAX_ATTEMPTS = 8;
    static final Duration RETRY_STEP = Duration.ofMinutes(15);

    private final ReminderSettings settings;
    private final DeadlineService deadlines;
    private final ReminderRepository repository;
    private final ReminderMailer mailer;
    private final AtomicBoolean offLogged = new AtomicBoolean();

    ReminderService(ReminderSettings settings, DeadlineService deadlines, ReminderRepository repository, ReminderMailer mailer) {
        this.settings = settings;
        this.deadlines = deadlines;
        this.repository = repository;
        this.mailer = mailer;
    }

    /** Mails sent by this call. */
    int sendDue() {
        if (!settings.enabled()) {
            if (offLogged.compareAndSet(false, true)) {
                LOG.info("E-mail reminders are off: set PM_SMTP_HOST and PM_SMTP_FROM to switch them on");
            }
            return 0;
        }
        List<ReminderRepository.Recipient> reviewers = repository.reviewers();
        Map<String, List<ReminderRepository.Recipient>> desks = new HashMap<>();
        int sent = 0;
        for (Deadline d : deadlines.list(DeadlineRepository.Scope.ALL, true, null, null)) {
            OptionalInt lead = ReminderPolicy.lead(d.daysLeft(), settings.leadDays());
            if (lead.isEmpty()) {
                continue;
            }
            Map<String, ReminderRepository.Recipient> to = new LinkedHashMap<>();
            if (d.desk() != null) {
                desks.computeIfAbsent(d.desk().toLowerCase(Locale.ROOT), k -> repository.deskMembers(d.desk()))
                        .forEach(r -> to.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
            }
            if (d.kind() == DeadlineKind.RATING_REVIEW) {
                reviewers.forEach(r -> to.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
            }
            for (Map.Entry<String, ReminderRepository.Recipient> r : to.entrySet()) {
                if (send(d, lead.getAsInt(), r.getKey(), r.getValue().language())) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** In the recipient's language; one claim per address, so a change of language never sends a reminder twice. */
    private boolean send(Deadline d, int lead, String address, String language) {
        try {
            if (!repository.claim(d.key(), lead, address, Instant.now())) {
                return false;
            }
        } catch (RuntimeException e) {
            // Not claimed, so not sent: the next run tries again.
            LOG.warn("Reminder {} ({} days) to {} could not be claimed this time: {}", d.key(), lead, address, e.getMessage());
            return false;
        }
        try {
            mailer.send(address, ReminderPolicy.subject(d, language), ReminderPolicy.body(d, lead, settings.publicUrl(), language), language);
            repository.sent(d.key(), lead, address, Instant.now());
            return true;
        } catch (Exception e) {
            int attempts = repository.attempts(d.key(), lead, address);
            Instant retry = attempts >= MAX_ATTEMPTS ? null : Instant.now().plus(RETRY_STEP.multipliedBy(attempts));
            repository.failed(d.key(), lead, address, e.getClass().getSimpleName() + ": " + e.getMessage(), retry);
            LOG.warn("Reminder {} ({} days) to {} failed (attempt {}){}: {}", d.key(), lead, address, attempts,
                    retry == null ? ", given up" : ", retried after " + retry, e.getMessage());
            return false;
        }
    }
}
