-- The language a person reads the application's mails in (reminders); German unless chosen otherwise.
ALTER TABLE accounts
    ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'de',
    ADD CONSTRAINT ck_accounts_language CHECK (language IN ('de', 'en'));
