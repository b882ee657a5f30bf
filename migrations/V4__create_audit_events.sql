-- Append-only: the application only ever inserts here (see README for the grants that enforce it).
CREATE TABLE audit_events (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    changes     JSON         NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_events_entity ON audit_events (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_events_actor ON audit_events (actor, occurred_at);
CREATE INDEX ix_audit_events_time ON audit_events (occurred_at);
