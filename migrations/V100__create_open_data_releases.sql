-- Published open-data packages (Frictionless Data Package as ZIP), kept unchanged so that each can be downloaded again.
CREATE TABLE open_data_releases (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    released_on        DATE         NOT NULL,
    catalog_version_id BIGINT       NOT NULL,
    catalog_label      VARCHAR(100) NOT NULL,
    instrument_count   INT          NOT NULL,
    rating_count       INT          NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    package            LONGBLOB     NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_open_data_releases_catalog FOREIGN KEY (catalog_version_id) REFERENCES catalog_versions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_open_data_releases_created ON open_data_releases (created_at);
