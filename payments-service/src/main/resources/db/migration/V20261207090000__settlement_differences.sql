-- The early-payment discount an invoice offers, for cash application to grant.
ALTER TABLE open_item ADD COLUMN discount_amount NUMERIC;
ALTER TABLE open_item ADD COLUMN discount_pay_by DATE;
-- What was taken off an invoice other than by payments and credit notes.
ALTER TABLE open_item ADD COLUMN discount_granted NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE open_item ADD COLUMN written_off NUMERIC NOT NULL DEFAULT 0;
-- A short payment above the tolerance: the deduction the customer took, kept open for collections.
CREATE TABLE deduction (
    deduction_id   UUID PRIMARY KEY,
    payment_id     UUID           NOT NULL,
    invoice_id     UUID           NOT NULL,
    customer_id    UUID           NOT NULL,
    legal_entity   VARCHAR(10)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC NOT NULL,
    raised_on      DATE           NOT NULL,
    reason         TEXT
);
CREATE INDEX deduction_by_invoice ON deduction (invoice_id);
-- Write-off tolerance per legal entity: at most the amount, and at most the percent of what was open.
ALTER TABLE cash_application_settings ADD COLUMN write_off_amount NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE cash_application_settings ADD COLUMN write_off_percent NUMERIC(5, 2) NOT NULL DEFAULT 0;
-- Refunds above this (what one person refunds to an account in a month) need a second person.
ALTER TABLE cash_application_settings ADD COLUMN refund_approval_threshold NUMERIC NOT NULL DEFAULT 0;
-- The account a refund is paid to, in full: written with the request, kept here only (events carry it masked).
CREATE TABLE refund_payee (
    refund_id      UUID PRIMARY KEY,
    payee_account  VARCHAR(34)    NOT NULL
);
-- Money paid back to customers, and refunds waiting for a second person (read model of the accounts' events).
CREATE TABLE refund (
    refund_id      UUID PRIMARY KEY,
    account_id     UUID           NOT NULL,
    customer_id    UUID           NOT NULL,
    legal_entity   VARCHAR(10)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    source         VARCHAR(20)    NOT NULL,
    payment_id     UUID,
    amount         NUMERIC        NOT NULL,
    payee_masked   VARCHAR(40)    NOT NULL,
    reason         TEXT           NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    requested_by   TEXT           NOT NULL,
    requested_on   DATE           NOT NULL,
    decided_by     TEXT,
    decision_note  TEXT,
    issued_on      DATE
);
CREATE INDEX refund_by_status ON refund (legal_entity, status, requested_on);
