-- Append-only trend data: an instrument's (agreement_id set) or a country's (agreement_id NULL) score after each change.
CREATE TABLE score_history (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    country_iso2       CHAR(2)      NOT NULL,
    agreement_id       BIGINT       NULL,
    profile_code       VARCHAR(40)  NOT NULL,
    catalog_version_id BIGINT       NOT NULL,
    score              DECIMAL(6,2) NULL,
    coverage           DECIMAL(5,4) NOT NULL,
    red_flag_count     INT          NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_score_history_country FOREIGN KEY (country_iso2) REFERENCES countries (iso2),
    CONSTRAINT fk_score_history_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
    CONSTRAINT fk_score_history_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_score_history_agreement ON score_history (agreement_id, profile_code, recorded_at);
CREATE INDEX ix_score_history_country ON score_history (country_iso2, agreement_id, profile_code, recorded_at);
