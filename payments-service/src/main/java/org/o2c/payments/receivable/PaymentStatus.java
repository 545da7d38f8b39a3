package org.o2c.payments.receivable;

/** Where a payment stands, as the read model shows it. */
public enum PaymentStatus {
    /** Nothing of it applied yet: all of it is unapplied cash. */
    UNAPPLIED,
    /** Applied in part; the rest is unapplied cash. */
    PARTIALLY_APPLIED,
    /** Applied in full. */
    APPLIED,
    /** What was not applied of it (all, or the rest) was paid back to the customer. */
    REFUNDED,
    /** Returned by the bank: its applications were undone and its unapplied rest removed. */
    RETURNED
}
