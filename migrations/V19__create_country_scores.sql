-- Maintained per country and profile in the transaction that changes an assessment, so the ranking is one indexed read.
CREATE TABLE country_scores (
    country_iso2        CHAR(2)      NOT NULL,
    profile_code        VARCHAR(40)  NOT NULL,
    catalog_version_id  BIGINT       NOT NULL,
    score               DECIMAL(6,2) NULL,
    coverage            DECIMAL(5,4) NOT NULL,
    red_flag_count      INT          NOT NULL,
    dp_base_level       TINYINT      NULL,
    purpose_level       TINYINT      NULL,
    indep_oversight_level TINYINT    NULL,
    capacity_level      TINYINT      NULL,
    computed_at         DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (country_iso2, profile_code),
    CONSTRAINT fk_country_scores_country FOREIGN KEY (country_iso2) REFERENCES countries (iso2),
    CONSTRAINT fk_country_scores_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_country_scores_rank ON country_scores (profile_code, score);
