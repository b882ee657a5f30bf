-- Append-only: each approval freezes the rating and its evidence exactly as the approver saw them.
CREATE TABLE assessment_approvals (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id         BIGINT        NOT NULL,
    assessment_version    BIGINT        NOT NULL,
    agreement_id          BIGINT        NOT NULL,
    criterion_code        VARCHAR(40)   NOT NULL,
    catalog_version_id    BIGINT        NOT NULL,
    level                 TINYINT       NULL,
    not_applicable        BOOLEAN       NOT NULL DEFAULT FALSE,
    not_applicable_reason VARCHAR(1000) NULL,
    evidence_reference    VARCHAR(500)  NULL,
    evidence_quote        VARCHAR(4000) NULL,
    evidence_source       VARCHAR(2000) NULL,
    evidence_as_of        DATE          NULL,
    confidence            VARCHAR(8)    NULL,
    cross_reference_id    BIGINT        NULL,
    assessed_by           VARCHAR(100)  NOT NULL,
    assessed_at           DATETIME(6)   NOT NULL,
    approved_by           VARCHAR(100)  NOT NULL,
    approved_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assessment_approvals_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id),
    CONSTRAINT fk_assessment_approvals_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
    CONSTRAINT fk_assessment_approvals_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id),
    CONSTRAINT fk_assessment_approvals_cross_reference FOREIGN KEY (cross_reference_id) REFERENCES agreements (id),
    CONSTRAINT ck_assessment_approvals_level CHECK (level IS NULL OR level BETWEEN 0 AND 3),
    CONSTRAINT ck_assessment_approvals_confidence CHECK (confidence IS NULL OR confidence IN ('HIGH', 'MEDIUM', 'LOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessment_approvals_assessment ON assessment_approvals (assessment_id, id);
CREATE INDEX ix_assessment_approvals_agreement ON assessment_approvals (agreement_id);
CREATE INDEX ix_assessment_approvals_catalog ON assessment_approvals (catalog_version_id);
CREATE INDEX ix_assessment_approvals_cross_reference ON assessment_approvals (cross_reference_id);
