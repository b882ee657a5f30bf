-- One counter that every committed write raises (AuditService registers the bump before commit). Read caches compare it
-- with the value their entries were computed at, so that no instance serves a view older than the last committed write
-- it has seen. Writes made behind the application's back (plain SQL) must raise it too.
CREATE TABLE data_generation (
    id         TINYINT NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO data_generation (id, generation) VALUES (1, 0);
