-- One row per deadline, lead time and recipient: the unique key is the claim that makes a reminder go out once,
-- whichever instance (or restart) gets there first. SENDING is taken before the mail leaves; FAILED is retried.
CREATE TABLE reminder_claims (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    deadline_key  VARCHAR(120)  NOT NULL,
    lead_days     INT           NOT NULL,
    recipient     VARCHAR(254)  NOT NULL,
    state         VARCHAR(10)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 1,
    last_error    VARCHAR(500)  NULL,
    claimed_at    DATETIME(6)   NOT NULL,
    sent_at       DATETIME(6)   NULL,
    retry_after   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reminder_claims UNIQUE (deadline_key, lead_days, recipient),
    CONSTRAINT ck_reminder_claims_state CHECK (state IN ('SENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reminder_claims_retry ON reminder_claims (state, retry_after);
