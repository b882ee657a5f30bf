package de.bund.partnerschaftsmonitor.deadline;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reads the facts and applies {@link DeadlinePolicy}; the screen, the calendar feed and the reminders all ask here. */
@Singleton
class DeadlineService {

    /** Deadlines are days in the ministries' time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final DeadlineRepository repository;
    private final int reviewOverdueDays;

    DeadlineService(DeadlineRepository repository, @Value("${pm.deadlines.review-overdue-days:14}") int reviewOverdueDays) {
        if (reviewOverdueDays < 0) {
            throw new IllegalStateException("PM_REVIEW_OVERDUE_DAYS must not be negative");
        }
        this.repository = repository;
        this.reviewOverdueDays = reviewOverdueDays;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    int reviewOverdueDays() {
        return reviewOverdueDays;
    }

    List<Deadline> list(DeadlineRepository.Scope scope, boolean withRatings, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = today();
        // Submitted on or before this UTC day minus the allowance: the policy lists exactly those.
        Instant submittedBefore = today.plusDays(1L - reviewOverdueDays).atStartOfDay(ZONE).toInstant();
        return DeadlinePolicy.deadlines(repository.instruments(scope),
                withRatings ? repository.pendingRatings(scope, submittedBefore) : List.of(),
                repository.unratedCore(scope), today, reviewOverdueDays, withRatings, from, to);
    }

    boolean countryExists(String iso2) {
        return repository.countryExists(iso2);
    }
}
