-- A person's secret calendar feed: only the SHA-256 of the token is kept, so the URL is shown once and
-- deleting the row revokes it. Keyed by user name, so that single sign-on users (no accounts row) have one too;
-- roles are those at creation, used only when no accounts row exists.
CREATE TABLE calendar_feeds (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    username    VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_calendar_feeds_username UNIQUE (username),
    CONSTRAINT uq_calendar_feeds_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
