package de.bund.partnerschaftsmonitor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What awaits the signed-in reviewer, one page at a time like every other list ({@code content}, {@code totalSize}). */
public final class ReviewQueue {

    private ReviewQueue() {
    }

    /** {@code reviewerRole}: the role that may decide this rating. {@code version}: send it back with approve or return. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(long agreementId, @Nullable String agreementTitleDe, @Nullable String agreementTitleEn, String countryIso2,
                       String countryNameDe, String countryNameEn, String criterionId, String reviewerRole, @Nullable Integer level,
                       boolean notApplicable, @Nullable String notApplicableReason, @Nullable AssessmentView.Evidence evidence,
                       @Nullable Confidence confidence, String assessedBy, Instant assessedAt, @Nullable String submittedBy,
                       @Nullable Instant submittedAt, long version) {
    }
}
