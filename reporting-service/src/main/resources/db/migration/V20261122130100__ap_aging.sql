-- AP aging read model, projected from o2c.payables.events. A supplier payment is keyed by its own id and may be
-- read before the invoice it pays (another partition), so open amounts are kept as gross plus movements, which
-- add up in any order.

CREATE TABLE ap_supplier (
    supplier_id  UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL
);

CREATE TABLE ap_open_item (
    supplier_invoice_id     UUID        PRIMARY KEY,
    supplier_invoice_number TEXT        NOT NULL,
    supplier_id             UUID        NOT NULL,
    legal_entity            VARCHAR(10) NOT NULL,
    currency                CHAR(3)     NOT NULL,
    invoice_date            DATE        NOT NULL,
    due_date                DATE        NOT NULL,
    gross_amount            NUMERIC     NOT NULL,
    open_amount             NUMERIC     NOT NULL
);
CREATE INDEX ap_open_item_by_entity ON ap_open_item (legal_entity, currency, due_date)
    INCLUDE (open_amount, invoice_date, supplier_id);
CREATE INDEX ap_open_item_by_supplier ON ap_open_item (supplier_id, currency);

-- payments on supplier invoices, dated by their payment date (negative deltas)
CREATE TABLE ap_item_movement (
    event_id            VARCHAR(64) NOT NULL,
    supplier_invoice_id UUID        NOT NULL,
    supplier_id         UUID        NOT NULL,
    legal_entity        VARCHAR(10) NOT NULL,
    currency            CHAR(3)     NOT NULL,
    effective_date      DATE        NOT NULL,
    delta               NUMERIC     NOT NULL,
    PRIMARY KEY (event_id, supplier_invoice_id)
);
CREATE INDEX ap_item_movement_by_invoice ON ap_item_movement (supplier_invoice_id);
CREATE INDEX ap_item_movement_by_date ON ap_item_movement (effective_date)
    INCLUDE (supplier_invoice_id, delta, legal_entity, currency);
CREATE INDEX ap_item_movement_by_supplier ON ap_item_movement (supplier_id, effective_date)
    INCLUDE (supplier_invoice_id, delta);
