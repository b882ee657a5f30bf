-- caps_soft_instruments: the per-criterion maximum is 2 for non-binding instruments without a binding cross-reference.
CREATE TABLE weighting_profiles (
    catalog_version_id    BIGINT        NOT NULL,
    code                  VARCHAR(40)   NOT NULL,
    is_default            BOOLEAN       NOT NULL DEFAULT FALSE,
    caps_soft_instruments BOOLEAN       NOT NULL DEFAULT FALSE,
    display_order         INT           NOT NULL,
    rationale             VARCHAR(1000) NULL,
    PRIMARY KEY (catalog_version_id, code),
    CONSTRAINT fk_weighting_profiles_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
