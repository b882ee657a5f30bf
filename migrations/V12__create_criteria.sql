-- One row per criterion and catalogue version; `code` (e.g. DP-BASE) is stable across versions.
CREATE TABLE criteria (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    catalog_version_id BIGINT        NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    group_code         VARCHAR(16)   NOT NULL,
    core               BOOLEAN       NOT NULL DEFAULT FALSE,
    display_order      INT           NOT NULL,
    name_en            VARCHAR(300)  NOT NULL,
    name_de            VARCHAR(300)  NULL,
    question_en        VARCHAR(1000) NOT NULL,
    question_de        VARCHAR(1000) NULL,
    level0             VARCHAR(1000) NOT NULL,
    level1             VARCHAR(1000) NOT NULL,
    level2             VARCHAR(1000) NOT NULL,
    level3             VARCHAR(1000) NOT NULL,
    legal_references   JSON          NULL,
    keywords_de        JSON          NULL,
    keywords_en        JSON          NULL,
    retired            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_criteria_catalog_code UNIQUE (catalog_version_id, code),
    CONSTRAINT fk_criteria_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id) ON DELETE CASCADE,
    CONSTRAINT fk_criteria_group FOREIGN KEY (catalog_version_id, group_code) REFERENCES criterion_groups (catalog_version_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_criteria_catalog_order ON criteria (catalog_version_id, display_order);
