package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A rating and its evidence frozen at the moment a second person approved it; never updated. */
@MappedEntity("assessment_approvals")
record AssessmentApproval(
        @Id @GeneratedValue @Nullable Long id,
        Long assessmentId,
        Long assessmentVersion,
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
        String approvedBy,
        Instant approvedAt,
        /** The passage the evidence was taken from and its document's classification (V120); null before V120 or when typed in. */
        @Nullable Long evidenceDocumentId,
        @Nullable String evidenceAnchor,
        @Nullable String evidenceClassification) {

    static AssessmentApproval of(Assessment a, String approver, Instant at) {
        return new AssessmentApproval(null, a.id(), a.version(), a.agreementId(), a.criterionCode(), a.catalogVersionId(), a.level(),
                a.notApplicable(), a.notApplicableReason(), a.evidenceReference(), a.evidenceQuote(), a.evidenceSource(),
                a.evidenceAsOf(), a.confidence(), a.crossReferenceId(), a.assessedBy(), a.assessedAt(), approver, at,
                a.evidenceDocumentId(), a.evidenceAnchor(), a.evidenceClassification());
    }
}
