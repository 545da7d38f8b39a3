package org.o2c.credit.profile;

/** What a requested limit did. */
public enum LimitChangeOutcome {
    /** The new limit is in force. */
    EFFECTIVE,
    /** A raise above the threshold awaits a second credit manager; nothing is in force yet. */
    PENDING_APPROVAL,
    /** The requested limit is the limit already in force (or already pending from the same user). */
    UNCHANGED
}
