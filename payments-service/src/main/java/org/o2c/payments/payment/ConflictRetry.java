package org.o2c.payments.payment;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
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
    private static final String UNIQUE_VIOLATION = "23505";
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

    /**
     * Axon's conflict exceptions, or the event store's failure on a duplicate (aggregate, sequence number): with
     * PostgreSQL, Axon's JDBC error-code resolver does not recognise the unique violation (PostgreSQL reports it
     * by SQL state, not by vendor code), so the conflict arrives as an EventStoreException around SQL state 23505.
     */
    static boolean isConflict(Throwable e) {
        boolean inEventStore = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
            inEventStore |= t instanceof EventStoreException;
            if (inEventStore && t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
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
