-- People who sign in with a password. Single sign-on users are not stored: their roles come from the
-- identity provider's token on every sign-in.
CREATE TABLE accounts (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    username          VARCHAR(100) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins     INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6)  NULL,
    last_login_at     DATETIME(6)  NULL,
    password_changed_at DATETIME(6) NULL,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_accounts_username UNIQUE (username),
    CONSTRAINT ck_accounts_failed_logins CHECK (failed_logins >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
