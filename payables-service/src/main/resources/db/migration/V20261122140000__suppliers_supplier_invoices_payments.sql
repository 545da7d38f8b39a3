-- payables-service: suppliers, supplier invoices and their payments (read models), and the claims on
-- supplier invoice numbers (write side)

CREATE TABLE supplier (
    id                     UUID         PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    legal_entity           VARCHAR(10)  NOT NULL,
    currency               CHAR(3)      NOT NULL,
    payment_terms_net_days INTEGER      NOT NULL,
    registered_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX supplier_by_name ON supplier (name, id);
CREATE INDEX supplier_by_legal_entity ON supplier (legal_entity, name, id);

-- A supplier invoice number is taken once per supplier (compared without whitespace, in capitals): the row is
-- claimed in the registering transaction, so a duplicate waits for it and is refused.
CREATE TABLE supplier_invoice_number (
    supplier_id         UUID         NOT NULL,
    normalized_number   VARCHAR(100) NOT NULL,
    supplier_invoice_id UUID         NOT NULL,
    PRIMARY KEY (supplier_id, normalized_number)
);

CREATE TABLE supplier_invoice (
    id                      UUID         PRIMARY KEY,
    supplier_id             UUID         NOT NULL,
    supplier_invoice_number VARCHAR(100) NOT NULL,
    legal_entity            VARCHAR(10)  NOT NULL,
    currency                CHAR(3)      NOT NULL,
    invoice_date            DATE         NOT NULL,
    due_date                DATE         NOT NULL,
    net_amount              NUMERIC      NOT NULL,
    tax_amount              NUMERIC      NOT NULL,
    gross_amount            NUMERIC      NOT NULL,
    paid_amount             NUMERIC      NOT NULL,
    open_amount             NUMERIC      NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    registered_by           VARCHAR(255) NOT NULL,
    registered_at           TIMESTAMPTZ  NOT NULL,
    approved_by             VARCHAR(255),
    approved_at             TIMESTAMPTZ,
    -- invariant 8, kept by the SupplierInvoice aggregate and asserted here once more
    CHECK (open_amount >= 0 AND paid_amount >= 0 AND paid_amount + open_amount = gross_amount)
);
CREATE INDEX supplier_invoice_by_due_date ON supplier_invoice (due_date, supplier_invoice_number, id);
CREATE INDEX supplier_invoice_by_supplier ON supplier_invoice (supplier_id, due_date, supplier_invoice_number, id);
CREATE INDEX supplier_invoice_by_status ON supplier_invoice (status, due_date, supplier_invoice_number, id);

CREATE TABLE supplier_invoice_payment (
    supplier_invoice_id UUID        NOT NULL,
    supplier_payment_id UUID        NOT NULL,
    payment_date        DATE        NOT NULL,
    amount              NUMERIC     NOT NULL,
    open_amount         NUMERIC     NOT NULL,
    paid_at             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (supplier_invoice_id, supplier_payment_id)
);

CREATE TABLE supplier_payment (
    id           UUID         PRIMARY KEY,
    supplier_id  UUID         NOT NULL,
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    payment_date DATE         NOT NULL,
    amount       NUMERIC      NOT NULL,
    items        JSONB        NOT NULL,
    made_by      VARCHAR(255),
    made_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX supplier_payment_by_date ON supplier_payment (payment_date DESC, made_at DESC, id);
CREATE INDEX supplier_payment_by_supplier ON supplier_payment (supplier_id, payment_date DESC, made_at DESC, id);
