-- AR aging, DSO and statements of account read the receivables ledger (o2c.payments.events), the one writer of
-- open amounts. The open items projected from invoices alone go: the "receivables" consumer is a new consumer
-- group and rebuilds every table below from offset 0 of both topics.
DROP TABLE ar_open_item;
DELETE FROM ar_customer;
DELETE FROM consumed_event WHERE consumer = 'ar-aging';

-- one row per invoice that became an open item; open_amount is the ledger's after its latest event
CREATE TABLE ar_open_item (
    invoice_id     UUID        PRIMARY KEY,
    invoice_number TEXT        NOT NULL,
    account_id     UUID        NOT NULL,
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
CREATE INDEX ar_open_item_by_customer ON ar_open_item (customer_id, currency)
    INCLUDE (open_amount, issue_date, due_date);

-- every change of an item's open amount, dated as the business dates it (payment applied on its application
-- date, credit note on its issue date, reopening on the return date): an aging as of a past date is today's open
-- amount minus the movements after that date. Filter columns are copied from the item so that a report for one
-- legal entity or customer reads only its own movements.
CREATE TABLE ar_item_movement (
    event_id       VARCHAR(64) NOT NULL,
    invoice_id     UUID        NOT NULL,
    customer_id    UUID        NOT NULL,
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    effective_date DATE        NOT NULL,
    delta          NUMERIC     NOT NULL,
    PRIMARY KEY (event_id, invoice_id)
);
CREATE INDEX ar_item_movement_by_date ON ar_item_movement (effective_date)
    INCLUDE (invoice_id, delta, legal_entity, currency);
CREATE INDEX ar_item_movement_by_customer ON ar_item_movement (customer_id, effective_date)
    INCLUDE (invoice_id, delta);

-- a receivable account (customer and currency): unapplied cash and credit balance after its latest event
CREATE TABLE ar_account (
    account_id     UUID        PRIMARY KEY,
    customer_id    UUID        NOT NULL,
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    unapplied_cash NUMERIC     NOT NULL,
    credit_balance NUMERIC     NOT NULL
);
CREATE INDEX ar_account_by_customer ON ar_account (customer_id);

-- every change of an account's unapplied cash or credit balance, dated by the business date of its event
CREATE TABLE ar_account_movement (
    event_id        VARCHAR(64) PRIMARY KEY,
    account_id      UUID        NOT NULL,
    customer_id     UUID        NOT NULL,
    legal_entity    VARCHAR(10) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    effective_date  DATE        NOT NULL,
    unapplied_delta NUMERIC     NOT NULL,
    credit_delta    NUMERIC     NOT NULL
);
CREATE INDEX ar_account_movement_by_date ON ar_account_movement (effective_date)
    INCLUDE (account_id, unapplied_delta, credit_delta, legal_entity, currency);
CREATE INDEX ar_account_movement_by_customer ON ar_account_movement (customer_id, effective_date)
    INCLUDE (account_id, unapplied_delta, credit_delta);

-- what changes what a customer owes, as its statement of account shows it: invoices (+gross), credit notes
-- (-amount), payments received (-amount) and returned (+amount). Applications move nothing here.
-- kind_rank orders the entries of one day: documents before money. Texts are unbounded: a projection must never
-- stall on a longer payer reference than expected.
CREATE TABLE ar_balance_entry (
    event_id        VARCHAR(64) PRIMARY KEY,
    customer_id     UUID        NOT NULL,
    legal_entity    VARCHAR(10) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    entry_date      DATE        NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    kind_rank       SMALLINT    NOT NULL,
    document_id     UUID        NOT NULL,
    document_number TEXT,
    due_date        DATE,
    reference       TEXT,
    amount          NUMERIC     NOT NULL
);
CREATE INDEX ar_balance_entry_by_customer ON ar_balance_entry (customer_id, currency, entry_date);
CREATE INDEX ar_balance_entry_by_entity ON ar_balance_entry (legal_entity, currency, entry_date)
    INCLUDE (kind, amount);
