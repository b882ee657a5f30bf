package de.bund.partnerschaftsmonitor.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** One deadline as the API, the calendar feed and the reminders show it. */
@Serdeable
public record Deadline(
        @Schema(description = "Stable key: the same deadline keeps it (calendar UID, reminder once per key and lead time)") String key,
        DeadlineKind kind,
        LocalDate dueDate,
        @Schema(description = "Days from today to the due date; negative when overdue") long daysLeft,
        Urgency urgency,
        long agreementId,
        String title,
        String titleEn,
        String countryIso2,
        String countryNameDe,
        String countryNameEn,
        @Schema(description = "The responsible desk (responsibleDesk of the instrument)") @Nullable String desk,
        @Nullable Long assessmentId,
        @Schema(description = "RATING_REVIEW: the rated criterion; CORE_UNRATED: the core criteria without a rating")
        List<String> criteria,
        @Schema(description = "Path of the screen to act on, relative to the application") String link) {
}
