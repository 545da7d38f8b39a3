-- payments-service read models: the receivables ledger as the REST API shows it, projected in the same
-- transaction as the ReceivableAccount's events; and the customers learnt from o2c.invoicing.events.

CREATE TABLE customer (
    customer_id  UUID         PRIMARY KEY,
    -- null while the customer is known only from an invoice that arrived before its CustomerRegistered
    name         VARCHAR(200),
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    registered   BOOLEAN      NOT NULL
);

CREATE TABLE receivable_account (
    account_id     UUID        PRIMARY KEY,
    customer_id    UUID        NOT NULL,
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    open_items     NUMERIC     NOT NULL,
    unapplied_cash NUMERIC     NOT NULL,
    credit_balance NUMERIC     NOT NULL,
    balance        NUMERIC     NOT NULL,
    UNIQUE (customer_id, currency)
);

CREATE TABLE open_item (
    invoice_id      UUID        PRIMARY KEY,
    account_id      UUID        NOT NULL,
    customer_id     UUID        NOT NULL,
    invoice_number  VARCHAR(40) NOT NULL,
    issue_date      DATE        NOT NULL,
    due_date        DATE        NOT NULL,
    gross_amount    NUMERIC     NOT NULL,
    open_amount     NUMERIC     NOT NULL,
    credited_amount NUMERIC     NOT NULL,
    paid_amount     NUMERIC     NOT NULL,
    settled_on      DATE
);
CREATE INDEX open_item_still_open ON open_item (customer_id, account_id, due_date, invoice_number)
    WHERE open_amount > 0;

CREATE TABLE payment (
    payment_id         UUID         PRIMARY KEY,
    account_id         UUID         NOT NULL,
    customer_id        UUID         NOT NULL,
    legal_entity       VARCHAR(10)  NOT NULL,
    currency           CHAR(3)      NOT NULL,
    amount             NUMERIC      NOT NULL,
    unapplied_amount   NUMERIC      NOT NULL,
    value_date         DATE         NOT NULL,
    payer_reference    VARCHAR(500),
    status             VARCHAR(20)  NOT NULL,
    returned_on        DATE,
    return_reason      VARCHAR(500),
    returned_unapplied NUMERIC,
    received_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX payment_by_customer ON payment (customer_id, received_at DESC, payment_id);
CREATE INDEX payment_by_received ON payment (received_at DESC, payment_id);
CREATE INDEX payment_unapplied ON payment (customer_id, account_id, value_date) WHERE unapplied_amount > 0;

CREATE TABLE payment_application (
    id             BIGSERIAL   PRIMARY KEY,
    payment_id     UUID        NOT NULL,
    invoice_id     UUID        NOT NULL,
    invoice_number VARCHAR(40) NOT NULL,
    amount         NUMERIC     NOT NULL,
    applied_on     DATE        NOT NULL,
    automatic      BOOLEAN     NOT NULL,
    reversed       BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX payment_application_by_payment ON payment_application (payment_id, id);
