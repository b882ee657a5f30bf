package de.bund.partnerschaftsmonitor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.bund.partnerschaftsmonitor.document.Classification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A criterion's rating for one instrument; {@code status} NOT_ASSESSED with null version when nobody has rated it.
 * The top-level fields are the current (possibly unapproved) rating; {@code approved} is the last approved snapshot,
 * which is what the default scores count.
 */
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
        @Nullable Long version,
        @Nullable ReviewState reviewState,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        @Nullable Approved approved,
        @Nullable SearchRecord searchRecord) {

    /**
     * {@code documentId}/{@code anchor}: the passage the evidence was taken from, opened in place by reviewers and the
     * scorecard; {@code marking}: "VS – NUR FÜR DEN DIENSTGEBRAUCH" when that document is classified VS-NfD, else null.
     */
    @Serdeable
    public record Evidence(@Nullable String reference, @Nullable String quote, @Nullable String source, @Nullable LocalDate asOf,
                           @Nullable Long documentId, @Nullable String anchor, @Nullable String marking) {
    }

    /** The rating as it was approved: what leadership's default numbers rest on. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Approved(String status, @Nullable Integer level, boolean notApplicable, @Nullable String notApplicableReason,
                           @Nullable Evidence evidence, @Nullable Confidence confidence, @Nullable Long crossReference,
                           long catalogVersionId, String assessedBy, Instant assessedAt, String approvedBy, Instant approvedAt) {

        static Approved from(AssessmentApproval a) {
            return new Approved(AssessmentView.status(a.notApplicable(), a.level()), a.level(), a.notApplicable(), a.notApplicableReason(),
                    AssessmentView.evidence(a.evidenceReference(), a.evidenceQuote(), a.evidenceSource(), a.evidenceAsOf(),
                            a.evidenceDocumentId(), a.evidenceAnchor(), a.evidenceClassification()), a.confidence(),
                    a.crossReferenceId(), a.catalogVersionId(), a.assessedBy(), a.assessedAt(), a.approvedBy(), a.approvedAt());
        }
    }

    static AssessmentView notAssessed(String code) {
        return new AssessmentView(code, "NOT_ASSESSED", null, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    static AssessmentView from(Assessment a, @Nullable AssessmentApproval approved) {
        return new AssessmentView(a.criterionCode(), status(a.notApplicable(), a.level()), a.level(), a.notApplicable(),
                a.notApplicableReason(), evidence(a.evidenceReference(), a.evidenceQuote(), a.evidenceSource(), a.evidenceAsOf(),
                        a.evidenceDocumentId(), a.evidenceAnchor(), a.evidenceClassification()),
                a.confidence(), a.crossReferenceId(), a.catalogVersionId(), a.assessedBy(), a.assessedAt(), a.version(),
                a.reviewState(), a.submittedBy(), a.submittedAt(), a.reviewedBy(), a.reviewedAt(), a.reviewComment(),
                approved == null ? null : Approved.from(approved), a.searchRecord());
    }

    private static String status(boolean notApplicable, @Nullable Integer level) {
        return notApplicable ? "NOT_APPLICABLE" : level == null ? "NOT_ASSESSED" : "ASSESSED";
    }

    static Evidence evidence(String reference, String quote, String source, LocalDate asOf, Long documentId, String anchor,
                             String classification) {
        return reference == null && quote == null && source == null && asOf == null && documentId == null ? null
                : new Evidence(reference, quote, source, asOf, documentId, anchor, Classification.marking(classification));
    }
}
