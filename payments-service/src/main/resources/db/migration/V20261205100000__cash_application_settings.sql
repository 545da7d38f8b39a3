-- How cash application works for a legal entity, every change kept with who made it; the latest one counts.
CREATE TABLE cash_application_settings (
    change_id            BIGSERIAL   PRIMARY KEY,
    legal_entity         VARCHAR(10) NOT NULL,
    auto_apply_threshold INT         NOT NULL,
    allocation_order     VARCHAR(30) NOT NULL,
    changed_by           TEXT        NOT NULL,
    changed_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX cash_application_settings_by_entity ON cash_application_settings (legal_entity, change_id);
