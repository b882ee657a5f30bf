-- Messages about barriers sent through the form of the accessibility statement (BITV 2.0 § 7 para. 1 no. 2). Anyone may
-- send one, signed in or not; administrators read them and mark them as handled.
CREATE TABLE accessibility_feedback (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    message     VARCHAR(4000) NOT NULL,
    page        VARCHAR(500)  NULL,
    contact     VARCHAR(200)  NULL,
    sender      VARCHAR(100)  NULL,
    received_at DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    handled_at  DATETIME(6)   NULL,
    handled_by  VARCHAR(100)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_accessibility_feedback_open ON accessibility_feedback (handled_at, id);
