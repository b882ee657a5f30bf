-- The date an instrument still planned or in negotiation is meant to be concluded (signed). It drives the
-- "negotiation overdue" deadline; before, the signing date stood in for it, which a negotiation does not have.
-- Existing rows keep NULL: no planned date is known for them.
ALTER TABLE agreements
    ADD COLUMN planned_date DATE NULL,
    ADD CONSTRAINT ck_agreements_planned_date CHECK (planned_date IS NULL OR status IN ('PLANNED', 'NEGOTIATING'));
