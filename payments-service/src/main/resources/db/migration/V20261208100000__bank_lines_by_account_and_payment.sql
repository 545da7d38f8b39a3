-- A bank account's lines by amount and value date: the same movement reported twice, a payment's return and an
-- overlapping CSV export are found by these, one probe per new line (they tested every applied line of the value
-- date, 40 ms per line with twenty thousand lines on the day). A payment's lines, for the bank reconciliation.
CREATE INDEX bank_line_by_account_amount ON bank_line (bank_account_id, amount, value_date);
CREATE INDEX bank_line_by_payment ON bank_line (payment_id) WHERE payment_id IS NOT NULL;
