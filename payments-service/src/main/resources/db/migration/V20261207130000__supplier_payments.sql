-- Payments to suppliers, learned from payables' events, for the bank's debit lines to be reconciled with.
CREATE TABLE payables_supplier (
    supplier_id  UUID PRIMARY KEY,
    name         TEXT NOT NULL
);
CREATE TABLE supplier_payment (
    supplier_payment_id  UUID PRIMARY KEY,
    supplier_id          UUID          NOT NULL,
    legal_entity         VARCHAR(10)   NOT NULL,
    currency             CHAR(3)       NOT NULL,
    amount               NUMERIC       NOT NULL,
    payment_date         DATE          NOT NULL,
    invoice_numbers      TEXT          NOT NULL,
    bank_line_id         UUID
);
CREATE INDEX supplier_payment_to_reconcile ON supplier_payment (legal_entity, currency, amount, payment_date)
    WHERE bank_line_id IS NULL;
