-- An account may hold several roles (a desk officer can also administer accounts).
CREATE TABLE account_roles (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_roles_role CHECK (role IN ('DESK_OFFICER', 'DEVCOOP_REVIEWER', 'LEADERSHIP', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_roles_role ON account_roles (role);
