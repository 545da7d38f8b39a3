-- invoicing-service read models and the number series

CREATE TABLE customer (
    id                     UUID         PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    legal_entity           VARCHAR(10)  NOT NULL,
    currency               CHAR(3)      NOT NULL,
    payment_terms_net_days INTEGER      NOT NULL,
    registered_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_by_legal_entity ON customer (legal_entity, name);

CREATE TABLE invoice (
    id             UUID         PRIMARY KEY,
    invoice_number VARCHAR(40)  NOT NULL,
    customer_id    UUID         NOT NULL,
    legal_entity   VARCHAR(10)  NOT NULL,
    currency       CHAR(3)      NOT NULL,
    issue_date     DATE         NOT NULL,
    due_date       DATE         NOT NULL,
    net_amount     NUMERIC      NOT NULL,
    tax_amount     NUMERIC      NOT NULL,
    gross_amount   NUMERIC      NOT NULL,
    lines          JSONB        NOT NULL,
    tax_subtotals  JSONB        NOT NULL,
    issued_at      TIMESTAMPTZ  NOT NULL,
    -- invariant 6: a number is used once per legal entity
    UNIQUE (legal_entity, invoice_number)
);
CREATE INDEX invoice_by_customer ON invoice (customer_id, issue_date DESC, invoice_number DESC);
CREATE INDEX invoice_by_issue_date ON invoice (issue_date DESC, invoice_number DESC);

CREATE TABLE number_series (
    legal_entity VARCHAR(10) NOT NULL,
    series       VARCHAR(10) NOT NULL,
    fiscal_year  INTEGER     NOT NULL,
    last_number  BIGINT      NOT NULL,
    PRIMARY KEY (legal_entity, series, fiscal_year)
);
