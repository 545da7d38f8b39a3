-- credit-service read models: the customer directory (from invoicing), exposure (from payments), credit profiles

-- Customers as invoicing registered them; a credit profile may only be opened for one of these.
CREATE TABLE credit_customer (
    customer_id  UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL
);

-- Each customer's receivable totals in one currency, as the last payments event of its account stated them.
-- exposure = open_items - unapplied_cash - credit_balance. Kept for every customer, with or without a profile.
CREATE TABLE customer_exposure (
    customer_id    UUID        NOT NULL,
    currency       CHAR(3)     NOT NULL,
    account_id     UUID,
    legal_entity   VARCHAR(10),
    open_items     NUMERIC     NOT NULL DEFAULT 0,
    unapplied_cash NUMERIC     NOT NULL DEFAULT 0,
    credit_balance NUMERIC     NOT NULL DEFAULT 0,
    exposure       NUMERIC     NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ,
    PRIMARY KEY (customer_id, currency)
);

-- The credit profile view: what the limit is, whether new orders are held, and any raise awaiting approval.
CREATE TABLE credit_profile (
    customer_id          UUID         PRIMARY KEY,
    legal_entity         VARCHAR(10)  NOT NULL,
    currency             CHAR(3)      NOT NULL,
    credit_limit         NUMERIC      NOT NULL,
    on_hold              BOOLEAN      NOT NULL DEFAULT FALSE,
    hold_reason          VARCHAR(200),
    pending_limit        NUMERIC,
    pending_requested_by VARCHAR(255),
    pending_requested_at TIMESTAMPTZ,
    version              BIGINT       NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);
