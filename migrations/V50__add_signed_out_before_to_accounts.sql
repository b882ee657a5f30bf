-- Sign-out ends every session of the account that started before this instant (sessions are signed tokens and
-- cannot be recalled one by one). Single sign-on users get an account row on their first sign-in, so that they can
-- be signed out and disabled like everyone else; their password hash is unusable.
ALTER TABLE accounts ADD COLUMN signed_out_before DATETIME(6) NULL;
