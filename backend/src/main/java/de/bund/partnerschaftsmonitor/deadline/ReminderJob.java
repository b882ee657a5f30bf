package de.bund.partnerschaftsmonitor.deadline;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the reminders now and then; every instance may run it, the claims keep each mail single. */
@Singleton
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${pm.reminders.interval:1h}", initialDelay = "${pm.reminders.initial-delay:2m}")
    void run() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info("Sent {} deadline reminders", sent);
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run catches up.
            LOG.warn("Deadline reminders failed this time: {}", e.getMessage());
        }
    }
}
