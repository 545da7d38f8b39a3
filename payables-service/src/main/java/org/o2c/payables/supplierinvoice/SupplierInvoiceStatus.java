package org.o2c.payables.supplierinvoice;

/** Where a supplier invoice stands on its way from registration to being paid in full. */
public enum SupplierInvoiceStatus {
    /** Registered, waiting for approval by another user; cannot be paid. */
    REGISTERED,
    /** Approved for payment, nothing paid yet. */
    APPROVED,
    /** Approved and paid in part; the rest is open. */
    PARTIALLY_PAID,
    /** Paid in full; nothing is open. */
    PAID
}
