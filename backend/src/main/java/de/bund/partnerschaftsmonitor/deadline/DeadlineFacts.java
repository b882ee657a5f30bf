package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What {@link DeadlineRepository} reads and {@link DeadlinePolicy} turns into deadlines. */
final class DeadlineFacts {

    private DeadlineFacts() {
    }

    record Instrument(long id, String countryIso2, String countryNameDe, String countryNameEn, @Nullable String titleDe,
                      @Nullable String titleEn, @Nullable String titleOriginal, @Nullable String desk, AgreementStatus status,
                      @Nullable LocalDate dateSigned, @Nullable LocalDate dateInForce, @Nullable LocalDate dateEnd,
                      @Nullable LocalDate nextReviewDue, @Nullable LocalDate plannedDate) {

        String title() {
            return titleDe != null ? titleDe : titleEn != null ? titleEn : titleOriginal;
        }

        String titleInEnglish() {
            return titleEn != null ? titleEn : title();
        }
    }

    record PendingRating(long assessmentId, long agreementId, String criterionCode, Instant submittedAt) {
    }

    record UnratedCore(long agreementId, List<String> criterionCodes) {
    }
}
