package de.bund.partnerschaftsmonitor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A criterion's rating for one instrument; {@code status} NOT_ASSESSED with null version when nobody has rated it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssessmentView(
        String criterionId,
        String status,
        @Nullable Integer level,
        boolean notApplicable,
        @Nullable String notApplicableReason,
        @Nullable Evidence evidence,
        @Nullable Confidence confidence,
        @Nullable Long crossReference,
        @Nullable Long catalogVersionId,
        @Nullable String assessedBy,
        @Nullable Instant assessedAt,
        @Nullable Long version) {

    @Serdeable
    public record Evidence(@Nullable String reference, @Nullable String quote, @Nullable String source, @Nullable LocalDate asOf) {
    }

    static AssessmentView notAssessed(String code) {
        return new AssessmentView(code, "NOT_ASSESSED", null, false, null, null, null, null, null, null, null, null);
    }

    static AssessmentView from(Assessment a) {
        String status = a.notApplicable() ? "NOT_APPLICABLE" : a.level() == null ? "NOT_ASSESSED" : "ASSESSED";
        Evidence evidence = a.evidenceReference() == null && a.evidenceQuote() == null && a.evidenceSource() == null && a.evidenceAsOf() == null
                ? null : new Evidence(a.evidenceReference(), a.evidenceQuote(), a.evidenceSource(), a.evidenceAsOf());
        return new AssessmentView(a.criterionCode(), status, a.level(), a.notApplicable(), a.notApplicableReason(), evidence,
                a.confidence(), a.crossReferenceId(), a.catalogVersionId(), a.assessedBy(), a.assessedAt(), a.version());
    }
}
