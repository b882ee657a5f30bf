CREATE TABLE agreements (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    external_ref      VARCHAR(40)   NULL,
    country_iso2      CHAR(2)       NOT NULL,
    type              VARCHAR(24)   NULL,
    title_de          VARCHAR(500)  NULL,
    title_en          VARCHAR(500)  NULL,
    title_original    VARCHAR(500)  NULL,
    summary           VARCHAR(4000) NULL,
    party_level       VARCHAR(24)   NOT NULL,
    party_state       CHAR(2)       NULL,
    lead_ministry     VARCHAR(16)   NULL,
    involved_ministries JSON        NULL,
    responsible_desk  VARCHAR(100)  NULL,
    status            VARCHAR(24)   NOT NULL,
    date_signed       DATE          NULL,
    date_in_force     DATE          NULL,
    date_end          DATE          NULL,
    next_review_due   DATE          NULL,
    text_public       BOOLEAN       NULL,
    digital_data_clauses VARCHAR(2000) NULL,
    predecessor_id    BIGINT        NULL,
    archived_at       DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_agreements_external_ref UNIQUE (external_ref),
    CONSTRAINT fk_agreements_country FOREIGN KEY (country_iso2) REFERENCES countries (iso2),
    CONSTRAINT fk_agreements_party_state FOREIGN KEY (party_state) REFERENCES countries (iso2),
    CONSTRAINT fk_agreements_predecessor FOREIGN KEY (predecessor_id) REFERENCES agreements (id),
    CONSTRAINT ck_agreements_type CHECK (type IN ('TREATY', 'MOU', 'WORKING_STRUCTURE')),
    CONSTRAINT ck_agreements_party_level CHECK (party_level IN ('DE_BILATERAL', 'EU', 'OTHER_EUROPEAN_STATE')),
    CONSTRAINT ck_agreements_status CHECK (status IN ('PLANNED', 'NEGOTIATING', 'SIGNED', 'PROVISIONALLY_APPLIED',
                                                       'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'TERMINATED')),
    CONSTRAINT ck_agreements_title CHECK (title_de IS NOT NULL OR title_en IS NOT NULL OR title_original IS NOT NULL),
    CONSTRAINT ck_agreements_dates CHECK (date_in_force IS NULL OR date_signed IS NULL OR date_in_force >= date_signed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agreements_country_status ON agreements (country_iso2, archived_at, status);
CREATE INDEX ix_agreements_status ON agreements (status, archived_at);
CREATE INDEX ix_agreements_type ON agreements (type, archived_at);
CREATE INDEX ix_agreements_updated ON agreements (archived_at, updated_at);

CREATE TABLE agreement_components (
    agreement_id BIGINT      NOT NULL,
    component    VARCHAR(32) NOT NULL,
    PRIMARY KEY (agreement_id, component),
    CONSTRAINT fk_agreement_components_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id) ON DELETE CASCADE,
    CONSTRAINT ck_agreement_components_component CHECK (component IN ('RETURN_READMISSION', 'SKILLED_LABOUR',
        'VISA_FACILITATION', 'QUALIFICATION_TRAINING', 'JOB_FAIRS_RECRUITMENT', 'ECONOMIC_COOPERATION',
        'TECHNOLOGY_TRANSFER', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_components_component ON agreement_components (component, agreement_id);

CREATE TABLE agreement_sources (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    field        VARCHAR(40)   NULL,
    url          VARCHAR(2000) NOT NULL,
    title        VARCHAR(300)  NULL,
    accessed_on  DATE          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agreement_sources_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_sources_agreement ON agreement_sources (agreement_id, position);
