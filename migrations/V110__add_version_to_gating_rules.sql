-- Administrators edit the descriptions of a draft's gating rules; the version guards against overwriting each other's change.
ALTER TABLE gating_rules ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
