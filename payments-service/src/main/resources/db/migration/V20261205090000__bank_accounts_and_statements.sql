-- Bank accounts, imported bank statements and their lines, and what cash application learns and decides.

CREATE TABLE bank_account (
    bank_account_id  UUID         PRIMARY KEY,
    legal_entity     VARCHAR(10)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    masked_number    VARCHAR(20)  NOT NULL,
    bic              VARCHAR(11),
    currency         CHAR(3)      NOT NULL,
    clearing_account VARCHAR(10)  NOT NULL,
    registered_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX bank_account_by_entity ON bank_account (legal_entity, name, bank_account_id);

-- The full account number, never published: how a statement finds its bank account. Written with the command
-- that registers the account, in the same transaction.
CREATE TABLE bank_account_number (
    account_number  VARCHAR(34) PRIMARY KEY,
    bank_account_id UUID        NOT NULL UNIQUE
);

-- A bank file as received: the source document of its statements' lines.
CREATE TABLE bank_file (
    file_id     UUID        PRIMARY KEY,
    sha256      CHAR(64)    NOT NULL UNIQUE,
    content     BYTEA       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE bank_statement (
    statement_id     UUID         PRIMARY KEY,
    bank_account_id  UUID         NOT NULL,
    legal_entity     VARCHAR(10)  NOT NULL,
    masked_account   VARCHAR(20)  NOT NULL,
    currency         CHAR(3)      NOT NULL,
    format           VARCHAR(10)  NOT NULL,
    reference        VARCHAR(100) NOT NULL,
    sequence         VARCHAR(40),
    opening_date     DATE,
    opening_balance  NUMERIC,
    closing_date     DATE,
    closing_balance  NUMERIC,
    line_count       INT          NOT NULL,
    credits          NUMERIC      NOT NULL,
    debits           NUMERIC      NOT NULL,
    file_id          UUID         NOT NULL,
    position_in_file INT          NOT NULL,
    imported_at      TIMESTAMPTZ  NOT NULL
);
-- the same statement of the same account is taken once: same reference and number, and (since some banks give
-- every statement the same reference, such as MT940's STARTUMS with number 0) the same closing balance and date
CREATE UNIQUE INDEX bank_statement_once ON bank_statement (bank_account_id, reference, coalesce(sequence, ''),
    coalesce(closing_date, '-infinity'::date), coalesce(closing_balance, 0));
CREATE INDEX bank_statement_by_account ON bank_statement (bank_account_id, closing_date DESC, statement_id);

-- One booked movement (or, for a batch booking whose transactions carry their own amounts, one transaction).
CREATE TABLE bank_line (
    line_id              UUID          PRIMARY KEY,
    statement_id         UUID          NOT NULL,
    line_number          INT           NOT NULL,
    bank_account_id      UUID          NOT NULL,
    legal_entity         VARCHAR(10)   NOT NULL,
    currency             CHAR(3)       NOT NULL,
    value_date           DATE          NOT NULL,
    booking_date         DATE,
    amount               NUMERIC       NOT NULL,
    reversal             BOOLEAN       NOT NULL,
    transaction_code     VARCHAR(40),
    bank_reference       VARCHAR(100),
    end_to_end_id        VARCHAR(100),
    creditor_reference   VARCHAR(200),
    remittance           VARCHAR(2000),
    counterparty_name    VARCHAR(200),
    counterparty_account VARCHAR(50),
    return_reason        VARCHAR(10),
    status               VARCHAR(20)   NOT NULL,
    payment_id           UUID,
    customer_id          UUID,
    automatic            BOOLEAN,
    score                INT,
    reasons              JSONB,
    suggestions          JSONB,
    UNIQUE (statement_id, line_number)
);
CREATE INDEX bank_line_by_status ON bank_line (legal_entity, status, value_date, line_id);
CREATE INDEX bank_line_by_statement ON bank_line (statement_id, line_number);

-- A payer account seen paying for a customer: learned from payments a clerk or the matching applied.
CREATE TABLE known_payer (
    legal_entity  VARCHAR(10)  NOT NULL,
    payer_account VARCHAR(50)  NOT NULL,
    customer_id   UUID         NOT NULL,
    learned_at    TIMESTAMPTZ  NOT NULL,
    learned_from  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (legal_entity, payer_account)
);

-- The matching's lookups: an invoice number by its digits (prefixes, spaces and hyphens do not matter), an open
-- amount, a customer by its name without legal form, case or punctuation.
CREATE INDEX open_item_by_digits ON open_item ((regexp_replace(invoice_number, '[^0-9]', '', 'g')))
    WHERE open_amount > 0;
CREATE INDEX open_item_by_open_amount ON open_item (open_amount) WHERE open_amount > 0;

CREATE FUNCTION payer_name_key(name TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(regexp_replace(lower(name),
        '\m(gmbh|ag|kg|ohg|se|ltd|limited|inc|llc|plc|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|co|corp|company)\M', '', 'g'),
        '[^[:alnum:]]', '', 'g')
$$;
CREATE INDEX customer_by_name_key ON customer (payer_name_key(name));
