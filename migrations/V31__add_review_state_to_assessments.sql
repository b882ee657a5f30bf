-- Four-eyes review: DRAFT -> SUBMITTED -> APPROVED or CHANGES_REQUESTED; approved_approval_id is the snapshot scores count.
ALTER TABLE assessments
    ADD COLUMN review_state         VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN submitted_by         VARCHAR(100)  NULL,
    ADD COLUMN submitted_at         DATETIME(6)   NULL,
    ADD COLUMN reviewed_by          VARCHAR(100)  NULL,
    ADD COLUMN reviewed_at          DATETIME(6)   NULL,
    ADD COLUMN review_comment       VARCHAR(2000) NULL,
    ADD COLUMN approved_approval_id BIGINT        NULL,
    ADD CONSTRAINT ck_assessments_review_state CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED')),
    ADD CONSTRAINT fk_assessments_approved_approval FOREIGN KEY (approved_approval_id) REFERENCES assessment_approvals (id);

CREATE INDEX ix_assessments_review_state ON assessments (review_state, submitted_at);
