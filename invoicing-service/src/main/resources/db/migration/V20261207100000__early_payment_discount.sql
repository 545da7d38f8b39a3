-- The early-payment discount an invoice offers, fixed when it is issued.
ALTER TABLE invoice ADD COLUMN discount_percent NUMERIC;
ALTER TABLE invoice ADD COLUMN discount_pay_by DATE;
ALTER TABLE invoice ADD COLUMN discount_amount NUMERIC;
