-- The ledger's side of each bank account: the lines of the general ledger's journal entries that book a movement
-- through the account's clearing account, learned from reporting's JournalEntryPosted. Signed: debits (money in)
-- positive, credits negative. The bank reconciliation compares them with the statement lines.
CREATE TABLE bank_book_entry (
    entry_id         UUID          NOT NULL,
    line_number      INT           NOT NULL,
    bank_account_id  UUID          NOT NULL,
    legal_entity     VARCHAR(10)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    account          VARCHAR(20)   NOT NULL,
    accounting_date  DATE          NOT NULL,
    document_date    DATE          NOT NULL,
    amount           NUMERIC       NOT NULL,
    source_type      VARCHAR(30)   NOT NULL,
    source_id        UUID          NOT NULL,
    description      TEXT          NOT NULL,
    PRIMARY KEY (entry_id, line_number)
);
CREATE INDEX bank_book_of_account ON bank_book_entry (bank_account_id, accounting_date);
CREATE INDEX bank_book_of_source ON bank_book_entry (source_id);
