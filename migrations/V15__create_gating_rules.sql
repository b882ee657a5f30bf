-- The text of the gating rules, for display; the rules themselves are evaluated by the scoring module.
CREATE TABLE gating_rules (
    catalog_version_id BIGINT        NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    display_order      INT           NOT NULL,
    description_en     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (catalog_version_id, code),
    CONSTRAINT fk_gating_rules_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
