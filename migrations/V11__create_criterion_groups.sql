CREATE TABLE criterion_groups (
    catalog_version_id BIGINT       NOT NULL,
    code               VARCHAR(16)  NOT NULL,
    name_en            VARCHAR(200) NOT NULL,
    name_de            VARCHAR(200) NULL,
    display_order      INT          NOT NULL,
    PRIMARY KEY (catalog_version_id, code),
    CONSTRAINT fk_criterion_groups_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
