package org.o2c.collections.promise;

/** Where a promise to pay stands. */
public enum PromiseStatus {
    /** Its date has not passed (or it was not checked since): its invoices are not dunned. */
    OPEN,
    /** The promised amount arrived by the promised date. */
    KEPT,
    /** The date passed without the promised amount: dunning resumes. */
    BROKEN
}
