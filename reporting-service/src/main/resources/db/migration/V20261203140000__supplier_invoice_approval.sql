-- the day a supplier invoice was approved (the day its SupplierInvoiceApproved was stored), for the close checklist
ALTER TABLE ap_open_item ADD COLUMN approved_on DATE;
