-- Remittance advices: what customers say a payment pays (CSV or XLSX, before or after the statement). The file is
-- kept as imported; each row is one invoice of one payment, found again by the payment's reference.
CREATE TABLE remittance_advice (
    advice_id     UUID         PRIMARY KEY,
    legal_entity  VARCHAR(10)  NOT NULL,
    file_name     TEXT,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    row_count     INT          NOT NULL,
    imported_by   TEXT         NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL,
    UNIQUE (legal_entity, sha256)
);
CREATE TABLE remittance_advice_row (
    advice_id         UUID          NOT NULL,
    row_number        INT           NOT NULL,
    legal_entity      VARCHAR(10)   NOT NULL,
    payment_reference VARCHAR(140)  NOT NULL,
    reference_key     VARCHAR(140)  NOT NULL,
    invoice_number    VARCHAR(40)   NOT NULL,
    amount            NUMERIC       NOT NULL,
    discount          NUMERIC,
    payer_name        VARCHAR(200),
    bank_line_id      UUID,
    PRIMARY KEY (advice_id, row_number)
);
CREATE INDEX remittance_advice_row_by_reference ON remittance_advice_row (legal_entity, reference_key)
    WHERE bank_line_id IS NULL;
