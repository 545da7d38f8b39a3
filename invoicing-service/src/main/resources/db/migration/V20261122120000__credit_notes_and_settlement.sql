-- credit notes, what each invoice has been credited, and its settlement as learned from the payments topic

CREATE TABLE credit_note (
    id                 UUID         PRIMARY KEY,
    credit_note_number VARCHAR(40)  NOT NULL,
    invoice_id         UUID         NOT NULL,
    invoice_number     VARCHAR(40)  NOT NULL,
    customer_id        UUID         NOT NULL,
    legal_entity       VARCHAR(10)  NOT NULL,
    currency           CHAR(3)      NOT NULL,
    issue_date         DATE         NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    lines              JSONB        NOT NULL,
    tax_subtotals      JSONB        NOT NULL,
    net_amount         NUMERIC      NOT NULL,
    tax_amount         NUMERIC      NOT NULL,
    gross_amount       NUMERIC      NOT NULL,
    issued_at          TIMESTAMPTZ  NOT NULL,
    -- a credit note number is used once per legal entity, like an invoice number
    UNIQUE (legal_entity, credit_note_number)
);
CREATE INDEX credit_note_by_invoice ON credit_note (invoice_id);

-- kept on the invoice row so that a page of invoices shows its credit notes without a query per invoice
ALTER TABLE invoice ADD COLUMN credited_amount NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE invoice ADD COLUMN credit_notes JSONB NOT NULL DEFAULT '[]';

-- written only by the consumer of o2c.payments.events: the payments service owns open amounts
CREATE TABLE invoice_settlement (
    invoice_id            UUID        PRIMARY KEY,
    open_amount           NUMERIC     NOT NULL,
    credit_applied_amount NUMERIC     NOT NULL,
    settlement_state      VARCHAR(20) NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX invoice_settlement_by_state ON invoice_settlement (settlement_state);
