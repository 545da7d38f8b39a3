-- Statistics of the digits of the invoice numbers, for the planner. The index by digits is partial (open items
-- only), and PostgreSQL does not use a partial index's expression statistics: without these it takes the digits of
-- any number for a quarter of a ledger, and reads a whole ledger's open items, testing each, to find a few hundred.
CREATE STATISTICS open_item_digits ON (regexp_replace(invoice_number, '[^0-9]', '', 'g')) FROM open_item;
-- A customer's open items in one currency, oldest due first, with what the matching weighs (index-only): the
-- payer's items were read page by page from the table, 1.6 ms per customer on a million open items.
CREATE INDEX open_item_of_customer ON open_item (customer_id, currency, due_date, invoice_number)
    INCLUDE (invoice_id, issue_date, open_amount, discount_amount, discount_pay_by) WHERE open_amount > 0;
ANALYZE open_item;
