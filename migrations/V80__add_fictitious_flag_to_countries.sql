-- Demo data is marked in the data itself: a fictitious partner country (user-assigned ISO 3166 code, loaded only by the
-- demo seed) and, through it, its instruments and ratings. Anything meant for publication leaves these rows out
-- (filter on countries.fictitious = FALSE); the API carries the flag as "fictitious" on every view of them.
ALTER TABLE countries ADD COLUMN fictitious BOOLEAN NOT NULL DEFAULT FALSE;
