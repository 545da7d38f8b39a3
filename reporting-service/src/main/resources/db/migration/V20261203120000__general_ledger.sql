-- The general ledger: the chart of accounts per legal entity, journal entries posted from business events, and
-- balances per account and day, so that a trial balance reads days x accounts instead of every line.

-- every change of a legal entity's chart, kept as its audit trail; the mapping in force is the latest change
-- effective on or before a date (a role without a change posts to its default account)
CREATE TABLE ledger_chart_change (
    legal_entity   VARCHAR(10)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    qualifier      TEXT,
    account        VARCHAR(20)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    effective_from DATE         NOT NULL,
    changed_by     TEXT         NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ledger_chart_change_by_entity ON ledger_chart_change (legal_entity, effective_from);

-- the accounts a legal entity has posted to, with the name and type of the role that last named them
CREATE TABLE ledger_account (
    legal_entity VARCHAR(10)  NOT NULL,
    account      VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    type         VARCHAR(10)  NOT NULL,
    PRIMARY KEY (legal_entity, account)
);

CREATE TABLE journal_entry (
    entry_id          UUID        PRIMARY KEY,
    legal_entity      VARCHAR(10) NOT NULL,
    currency          CHAR(3)     NOT NULL,
    accounting_date   DATE        NOT NULL,
    document_date     DATE        NOT NULL,
    source_event_type TEXT        NOT NULL,
    source_event_id   TEXT        NOT NULL,
    source_type       VARCHAR(30) NOT NULL,
    source_id         UUID        NOT NULL,
    source_number     TEXT,
    customer_id       UUID,
    supplier_id       UUID,
    description       TEXT        NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    posted_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX journal_entry_by_source ON journal_entry (source_id);
CREATE INDEX journal_entry_by_period ON journal_entry (legal_entity, accounting_date, occurred_at, entry_id);

-- debit or credit is zero on every line; filter and order columns are copied from the entry. Lines of a day are in
-- the order their source events occurred, which a rebuild from the topics reproduces.
CREATE TABLE journal_line (
    entry_id        UUID        NOT NULL,
    line_number     INT         NOT NULL,
    legal_entity    VARCHAR(10) NOT NULL,
    account         VARCHAR(20) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    accounting_date DATE        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    debit           NUMERIC     NOT NULL,
    credit          NUMERIC     NOT NULL,
    open_item_id    UUID,
    PRIMARY KEY (entry_id, line_number)
);
CREATE INDEX journal_line_by_account ON journal_line (legal_entity, account, accounting_date, occurred_at, entry_id,
    line_number);
CREATE INDEX journal_line_by_open_item ON journal_line (open_item_id) INCLUDE (account, debit, credit)
    WHERE open_item_id IS NOT NULL;

CREATE TABLE ledger_day_balance (
    legal_entity VARCHAR(10) NOT NULL,
    account      VARCHAR(20) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    day          DATE        NOT NULL,
    debit        NUMERIC     NOT NULL,
    credit       NUMERIC     NOT NULL,
    lines        BIGINT      NOT NULL,
    PRIMARY KEY (legal_entity, account, currency, day)
);
CREATE INDEX ledger_day_balance_by_day ON ledger_day_balance (legal_entity, day) INCLUDE (account, currency, debit,
    credit);

-- monthly accounting periods that were ever closed; a period without a row is open
CREATE TABLE accounting_period (
    legal_entity        VARCHAR(10) NOT NULL,
    period              CHAR(7)     NOT NULL,
    first_day           DATE        NOT NULL,
    last_day            DATE        NOT NULL,
    status              VARCHAR(10) NOT NULL,
    closed_by           TEXT,
    closed_at           TIMESTAMPTZ,
    close_note          TEXT,
    checklist           TEXT,
    reopen_requested_by TEXT,
    reopen_requested_at TIMESTAMPTZ,
    reopen_reason       TEXT,
    reopened_by         TEXT,
    reopened_at         TIMESTAMPTZ,
    PRIMARY KEY (legal_entity, period)
);

-- disputes as collections publishes them, for the close checklist
CREATE TABLE ledger_dispute (
    dispute_id   UUID        PRIMARY KEY,
    legal_entity VARCHAR(10) NOT NULL,
    invoice_id   UUID        NOT NULL,
    opened_on    DATE        NOT NULL,
    resolved_on  DATE
);
CREATE INDEX ledger_dispute_by_entity ON ledger_dispute (legal_entity, opened_on);
