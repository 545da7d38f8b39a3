package org.o2c.payments.bankstatement;

/** A bank file that cannot be taken, with what is wrong in it in words a clerk can pass to the bank. */
public class StatementRefused extends RuntimeException {
    public StatementRefused(String reason) {
        super(reason);
    }

    public StatementRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
