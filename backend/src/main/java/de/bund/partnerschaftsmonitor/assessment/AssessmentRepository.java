package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentRepository extends CrudRepository<Assessment, Long> {

    Optional<Assessment> findByAgreementIdAndCriterionCode(Long agreementId, String criterionCode);

    List<Assessment> findByAgreementId(Long agreementId);

    /** The passage a rating's evidence was taken from (V70); not part of the entity, so that only this write sets it. */
    @Query("""
            UPDATE assessments SET evidence_document_id = :documentId, evidence_anchor = :anchor,
                   evidence_classification = :classification WHERE id = :id""")
    void linkEvidence(Long id, @Nullable Long documentId, @Nullable String anchor, @Nullable String classification);

    @Query("SELECT classification FROM agreement_documents WHERE id = :documentId")
    Optional<String> classificationOf(Long documentId);

    /** Whether the document is one of the instrument's and not archived (a superseded version may still be cited). */
    @Query("SELECT COUNT(*) FROM agreement_documents WHERE id = :documentId AND agreement_id = :agreementId AND archived_at IS NULL")
    long countDocumentOf(Long documentId, Long agreementId);

    @Query("SELECT COUNT(*) FROM document_units WHERE document_id = :documentId AND anchor = :anchor")
    long countAnchor(Long documentId, String anchor);
}
