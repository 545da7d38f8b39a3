-- How many digits the invoice numbers of each ledger (legal entity and currency) have. A number in a payer's text
-- with another count of digits names no open item, exactly or one typo away (a typo keeps the count), so the
-- matching does not look it up: "2026-000123" reads as 2026000123 and 000123, and only the first is probed when
-- every number of the ledger has ten digits. Kept by the ledger projection with the open items it records.
CREATE TABLE invoice_number_digits (
    legal_entity VARCHAR(10) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    digits       INT         NOT NULL,
    PRIMARY KEY (legal_entity, currency, digits)
);
INSERT INTO invoice_number_digits (legal_entity, currency, digits)
SELECT DISTINCT legal_entity, currency, length(regexp_replace(invoice_number, '[^0-9]', '', 'g')) FROM open_item;
