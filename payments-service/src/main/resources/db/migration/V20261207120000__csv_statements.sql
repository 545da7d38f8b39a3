-- How each bank account's CSV export is read, every change kept with who made it; the latest one counts.
CREATE TABLE bank_csv_mapping (
    change_id        BIGSERIAL    PRIMARY KEY,
    bank_account_id  UUID         NOT NULL,
    mapping          JSONB        NOT NULL,
    changed_by       TEXT         NOT NULL,
    changed_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX bank_csv_mapping_by_account ON bank_csv_mapping (bank_account_id, change_id);
-- A CSV export is stored with the mapping it was read with, so that its lines are read the same way again.
ALTER TABLE bank_file ADD COLUMN csv_mapping JSONB;
