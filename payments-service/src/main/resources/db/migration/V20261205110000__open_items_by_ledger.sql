-- Open items carry their legal entity and currency, so that the matching finds an amount or an invoice number among
-- one ledger's open items by an index alone, whatever the planner knows of the accounts.
ALTER TABLE open_item ADD COLUMN legal_entity VARCHAR(10), ADD COLUMN currency CHAR(3);
UPDATE open_item o SET legal_entity = a.legal_entity, currency = a.currency
FROM receivable_account a WHERE a.account_id = o.account_id;
ALTER TABLE open_item ALTER COLUMN legal_entity SET NOT NULL, ALTER COLUMN currency SET NOT NULL;

DROP INDEX open_item_by_open_amount;
CREATE INDEX open_item_by_open_amount ON open_item (legal_entity, currency, open_amount, due_date, invoice_number)
    WHERE open_amount > 0;
DROP INDEX open_item_by_digits;
CREATE INDEX open_item_by_digits ON open_item (legal_entity, currency,
    (regexp_replace(invoice_number, '[^0-9]', '', 'g'))) WHERE open_amount > 0;
ANALYZE open_item;
