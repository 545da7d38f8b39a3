-- collections-service read models

-- Open items as the receivables ledger (o2c.payments.events) reports them; open_amount is the ledger's own
-- figure after its latest event, never recomputed here.
CREATE TABLE open_item (
    invoice_id     UUID         PRIMARY KEY,
    invoice_number VARCHAR(40)  NOT NULL,
    account_id     UUID         NOT NULL,
    customer_id    UUID         NOT NULL,
    legal_entity   VARCHAR(10)  NOT NULL,
    currency       CHAR(3)      NOT NULL,
    issue_date     DATE         NOT NULL,
    due_date       DATE         NOT NULL,
    gross_amount   NUMERIC      NOT NULL,
    open_amount    NUMERIC      NOT NULL
);
CREATE INDEX open_item_overdue ON open_item (legal_entity, customer_id, currency, due_date) WHERE open_amount > 0;
CREATE INDEX open_item_by_customer ON open_item (customer_id);

-- Payments received per customer, for checking promises to pay
CREATE TABLE received_payment (
    payment_id   UUID        PRIMARY KEY,
    customer_id  UUID        NOT NULL,
    legal_entity VARCHAR(10) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    amount       NUMERIC     NOT NULL,
    value_date   DATE        NOT NULL,
    returned     BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX received_payment_by_customer ON received_payment (customer_id, currency, value_date);

CREATE TABLE dunning_policy (
    legal_entity VARCHAR(10) PRIMARY KEY,
    levels       JSONB       NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE dunning_run (
    id              UUID        PRIMARY KEY,
    legal_entity    VARCHAR(10) NOT NULL,
    as_of           DATE        NOT NULL,
    ran_at          TIMESTAMPTZ NOT NULL,
    promises_broken INTEGER     NOT NULL
);

CREATE TABLE dunning_letter (
    letter_id     UUID         PRIMARY KEY,
    run_id        UUID         NOT NULL,
    customer_id   UUID         NOT NULL,
    legal_entity  VARCHAR(10)  NOT NULL,
    currency      CHAR(3)      NOT NULL,
    as_of         DATE         NOT NULL,
    level         INTEGER      NOT NULL,
    level_name    VARCHAR(100) NOT NULL,
    items         JSONB        NOT NULL,
    total_overdue NUMERIC      NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dunning_letter_by_run ON dunning_letter (run_id, customer_id, currency);
CREATE INDEX dunning_letter_by_customer ON dunning_letter (customer_id, issued_at DESC, letter_id);

CREATE TABLE dispute (
    id             UUID         PRIMARY KEY,
    invoice_id     UUID         NOT NULL,
    invoice_number VARCHAR(40)  NOT NULL,
    customer_id    UUID         NOT NULL,
    legal_entity   VARCHAR(10)  NOT NULL,
    currency       CHAR(3)      NOT NULL,
    reason_code    VARCHAR(40)  NOT NULL,
    amount         NUMERIC      NOT NULL,
    note           VARCHAR(2000),
    status         VARCHAR(10)  NOT NULL,
    opened_on      DATE         NOT NULL,
    resolution     VARCHAR(40),
    resolution_note VARCHAR(2000),
    resolved_on    DATE
);
-- one open dispute per invoice at a time, even under concurrent requests
CREATE UNIQUE INDEX dispute_open_per_invoice ON dispute (invoice_id) WHERE status = 'OPEN';
CREATE INDEX dispute_by_customer ON dispute (customer_id, opened_on DESC, id);

CREATE TABLE promise_to_pay (
    id              UUID        PRIMARY KEY,
    customer_id     UUID        NOT NULL,
    legal_entity    VARCHAR(10) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    amount          NUMERIC     NOT NULL,
    promised_date   DATE        NOT NULL,
    recorded_on     DATE        NOT NULL,
    status          VARCHAR(10) NOT NULL,
    received_amount NUMERIC,
    checked_on      DATE
);
CREATE INDEX promise_open_by_date ON promise_to_pay (promised_date) WHERE status = 'OPEN';
CREATE INDEX promise_by_customer ON promise_to_pay (customer_id, promised_date DESC, id);

CREATE TABLE promise_invoice (
    promise_id UUID NOT NULL REFERENCES promise_to_pay (id),
    invoice_id UUID NOT NULL,
    PRIMARY KEY (promise_id, invoice_id)
);
CREATE INDEX promise_invoice_by_invoice ON promise_invoice (invoice_id);
