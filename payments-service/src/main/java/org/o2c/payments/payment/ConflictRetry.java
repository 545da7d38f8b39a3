package org.o2c.payments.payment;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * Runs a request's transaction again when another request changed the same receivable account at the same time.
 * The account's events are appended with the next sequence number, which the event store keeps unique: of two
 * requests on one account, the later one fails and has changed nothing, so it can simply be run again on the
 * account's new state (where its rules are checked afresh, e.g. against the invoice's now smaller open amount).
 * After a few attempts the caller gets 409 and may retry.
 */
final class ConflictRetry {
    static final int ATTEMPTS = 8;

    private ConflictRetry() {
    }

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ProblemException(ProblemType.CONFLICT, "the account was changed by other requests "
                            + ATTEMPTS + " times while this one ran; nothing was changed, retry it");
                }
                pause(attempt);
            }
        }
    }

    /** Axon's conflict exceptions: the event store refused a duplicate (aggregate, sequence number). */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause, growing with the attempt, so that competing requests do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.CONFLICT, "interrupted while retrying; nothing was changed");
        }
    }
}
