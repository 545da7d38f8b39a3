package org.o2c.reporting.aging;

/**
 * What changed a customer's balance, as a statement of account lists it, in the order entries of one day are
 * shown: documents before money.
 */
public enum BalanceEntryKind {
    INVOICE,
    CREDIT_NOTE,
    PAYMENT_RECEIVED,
    PAYMENT_RETURNED
}
