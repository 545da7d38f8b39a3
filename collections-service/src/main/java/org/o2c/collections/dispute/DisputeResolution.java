package org.o2c.collections.dispute;

/** How a dispute ended. */
public enum DisputeResolution {
    /** The customer was right: a credit note is due and the disputed amount is not chased. */
    CUSTOMER_RIGHT,
    /** The customer was wrong: the invoice stands and dunning resumes. */
    CUSTOMER_WRONG,
    /** Partly right: a credit note for part of the amount, dunning resumes for the rest. */
    PARTLY_RIGHT,
    /** The customer withdrew the dispute: dunning resumes. */
    WITHDRAWN
}
