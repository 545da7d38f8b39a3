-- The matching's lookups by invoice number and by open amount read the columns they need from the index itself
-- (index-only scans where the table's pages are all-visible), instead of fetching a page of a million-row table
-- at random for every open item they find.
DROP INDEX open_item_by_open_amount;
CREATE INDEX open_item_by_open_amount ON open_item (legal_entity, currency, open_amount, due_date, invoice_number)
    INCLUDE (invoice_id, customer_id, issue_date, discount_amount, discount_pay_by) WHERE open_amount > 0;
DROP INDEX open_item_by_digits;
CREATE INDEX open_item_by_digits ON open_item (legal_entity, currency,
    (regexp_replace(invoice_number, '[^0-9]', '', 'g')))
    INCLUDE (invoice_id, customer_id, invoice_number, issue_date, due_date, open_amount, discount_amount,
             discount_pay_by) WHERE open_amount > 0;
