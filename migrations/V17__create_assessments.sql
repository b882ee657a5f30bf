-- One rating per instrument and criterion code. No row, or level NULL without not_applicable, means "not assessed".
CREATE TABLE assessments (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL DEFAULT 0,
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
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_assessments_agreement_criterion UNIQUE (agreement_id, criterion_code),
    CONSTRAINT fk_assessments_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
    CONSTRAINT fk_assessments_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id),
    CONSTRAINT fk_assessments_cross_reference FOREIGN KEY (cross_reference_id) REFERENCES agreements (id),
    CONSTRAINT ck_assessments_level CHECK (level IS NULL OR level BETWEEN 0 AND 3),
    CONSTRAINT ck_assessments_not_applicable CHECK (not_applicable = FALSE OR (level IS NULL AND not_applicable_reason IS NOT NULL)),
    CONSTRAINT ck_assessments_confidence CHECK (confidence IS NULL OR confidence IN ('HIGH', 'MEDIUM', 'LOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessments_catalog ON assessments (catalog_version_id);
CREATE INDEX ix_assessments_cross_reference ON assessments (cross_reference_id);
