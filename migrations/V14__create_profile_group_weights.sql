CREATE TABLE profile_group_weights (
    catalog_version_id BIGINT       NOT NULL,
    profile_code       VARCHAR(40)  NOT NULL,
    group_code         VARCHAR(16)  NOT NULL,
    weight             DECIMAL(6,4) NOT NULL,
    PRIMARY KEY (catalog_version_id, profile_code, group_code),
    CONSTRAINT fk_profile_group_weights_profile FOREIGN KEY (catalog_version_id, profile_code)
        REFERENCES weighting_profiles (catalog_version_id, code) ON DELETE CASCADE,
    CONSTRAINT fk_profile_group_weights_group FOREIGN KEY (catalog_version_id, group_code)
        REFERENCES criterion_groups (catalog_version_id, code) ON DELETE CASCADE,
    CONSTRAINT ck_profile_group_weights_weight CHECK (weight >= 0 AND weight <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_profile_group_weights_group ON profile_group_weights (catalog_version_id, group_code);
