-- AR aging read model, projected from o2c.invoicing.events

CREATE TABLE ar_customer (
    customer_id  UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL
);

CREATE TABLE ar_open_item (
    invoice_id     UUID        PRIMARY KEY,
    invoice_number VARCHAR(40) NOT NULL,
    customer_id    UUID        NOT NULL,
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    issue_date     DATE        NOT NULL,
    due_date       DATE        NOT NULL,
    gross_amount   NUMERIC     NOT NULL,
    open_amount    NUMERIC     NOT NULL
);
CREATE INDEX ar_open_item_by_entity ON ar_open_item (legal_entity, currency, due_date)
    INCLUDE (open_amount, issue_date, customer_id);
CREATE INDEX ar_open_item_by_customer ON ar_open_item (customer_id);
