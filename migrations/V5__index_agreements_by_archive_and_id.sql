-- The default list order (newest first among non-archived instruments) reads this index backwards
-- instead of sorting the whole table.
CREATE INDEX ix_agreements_archived_id ON agreements (archived_at, id);
