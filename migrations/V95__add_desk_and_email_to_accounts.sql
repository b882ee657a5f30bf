-- Reminders go to the members of an instrument's responsible desk (agreements.responsible_desk, same text)
-- and to reviewers; an account without an e-mail address gets none.
ALTER TABLE accounts
    ADD COLUMN email VARCHAR(254) NULL,
    ADD COLUMN desk  VARCHAR(100) NULL;

CREATE INDEX ix_accounts_desk ON accounts (desk);
