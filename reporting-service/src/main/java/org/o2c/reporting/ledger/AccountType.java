package org.o2c.reporting.ledger;

/** What an account holds; income and expense accounts are closed into retained earnings at year end. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, INCOME, EXPENSE;

    public boolean profitAndLoss() {
        return this == INCOME || this == EXPENSE;
    }
}
