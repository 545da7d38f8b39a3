package org.o2c.reporting.aging;

/**
 * What changed a customer's balance, as a statement of account lists it, in the order entries of one day are
 * shown: documents before money, and what settled the rest of an invoice after the payment that left it. A discount
 * or write-off reversed (its application taken back) is an entry of its kind with a positive amount.
 */
public enum BalanceEntryKind {
    INVOICE,
    CREDIT_NOTE,
    PAYMENT_RECEIVED,
    PAYMENT_RETURNED,
    DISCOUNT_GRANTED,
    WRITTEN_OFF,
    REFUND
}
