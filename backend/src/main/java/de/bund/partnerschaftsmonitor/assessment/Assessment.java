package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;

/** A rating of one instrument against one criterion; level null and not N/A means "not assessed". */
@MappedEntity("assessments")
record Assessment(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        Long agreementId,
        String criterionCode,
        Long catalogVersionId,
        @Nullable Integer level,
        boolean notApplicable,
        @Nullable String notApplicableReason,
        @Nullable String evidenceReference,
        @Nullable String evidenceQuote,
        @Nullable String evidenceSource,
        @Nullable LocalDate evidenceAsOf,
        @Nullable Confidence confidence,
        @Nullable Long crossReferenceId,
        String assessedBy,
        Instant assessedAt,
        ReviewState reviewState,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        @Nullable Long approvedApprovalId,
        @Nullable Long evidenceDocumentId,
        @Nullable String evidenceAnchor,
        /** The classification of the linked document (V120): a quote taken from a VS-NfD document carries the marking. */
        @Nullable String evidenceClassification,
        @TypeDef(type = DataType.JSON) @Nullable SearchRecord searchRecord,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Assessment withReview(ReviewState state, @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String reviewedBy,
                          @Nullable Instant reviewedAt, @Nullable String reviewComment, @Nullable Long approvedApprovalId) {
        return new Assessment(id, version, agreementId, criterionCode, catalogVersionId, level, notApplicable, notApplicableReason,
                evidenceReference, evidenceQuote, evidenceSource, evidenceAsOf, confidence, crossReferenceId, assessedBy, assessedAt,
                state, submittedBy, submittedAt, reviewedBy, reviewedAt, reviewComment, approvedApprovalId, evidenceDocumentId, evidenceAnchor,
                evidenceClassification, searchRecord, createdAt, updatedAt);
    }
}
