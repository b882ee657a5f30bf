-- A version of the criteria catalogue. A PUBLISHED version never changes; edits go into a DRAFT copy.
CREATE TABLE catalog_versions (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    label        VARCHAR(100) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    based_on_id  BIGINT       NULL,
    published_at DATETIME(6)  NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_catalog_versions_based_on FOREIGN KEY (based_on_id) REFERENCES catalog_versions (id),
    CONSTRAINT ck_catalog_versions_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_catalog_versions_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_catalog_versions_status ON catalog_versions (status, published_at);
