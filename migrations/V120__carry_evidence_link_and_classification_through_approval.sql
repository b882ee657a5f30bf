-- The approved snapshot keeps the passage its evidence was taken from, so the scorecard's evidence view opens it in
-- place, and the evidence records the classification of its source (OFFEN / VS_NFD) on the rating and the snapshot,
-- so that every quote taken from a VS-NfD document carries the marking. Documents' classification never changes.
ALTER TABLE assessments
    ADD COLUMN evidence_classification VARCHAR(8) NULL,
    ADD CONSTRAINT ck_assessments_evidence_classification CHECK (evidence_classification IS NULL OR evidence_classification IN ('OFFEN', 'VS_NFD'));

ALTER TABLE assessment_approvals
    ADD COLUMN evidence_document_id    BIGINT       NULL,
    ADD COLUMN evidence_anchor         VARCHAR(120) NULL,
    ADD COLUMN evidence_classification VARCHAR(8)   NULL,
    ADD CONSTRAINT fk_assessment_approvals_evidence_document FOREIGN KEY (evidence_document_id) REFERENCES agreement_documents (id),
    ADD CONSTRAINT ck_assessment_approvals_evidence_classification CHECK (evidence_classification IS NULL OR evidence_classification IN ('OFFEN', 'VS_NFD'));

CREATE INDEX ix_assessment_approvals_evidence_document ON assessment_approvals (evidence_document_id);

UPDATE assessments s
  JOIN agreement_documents d ON d.id = s.evidence_document_id
   SET s.evidence_classification = d.classification;

-- An approved rating unchanged since its approval still holds exactly what was approved: its link is the snapshot's.
-- Snapshots of ratings changed since keep no link (their evidence text stays as it was).
UPDATE assessment_approvals v
  JOIN assessments s ON s.approved_approval_id = v.id AND s.review_state = 'APPROVED'
   SET v.evidence_document_id = s.evidence_document_id,
       v.evidence_anchor = s.evidence_anchor,
       v.evidence_classification = s.evidence_classification;
