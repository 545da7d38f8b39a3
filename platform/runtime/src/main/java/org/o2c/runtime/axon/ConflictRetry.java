package org.o2c.runtime.axon;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * Runs a request's transaction again when another request changed the same aggregate at the same time. An
 * aggregate's events are appended with the next sequence number, which the event store keeps unique: of two
 * requests on one aggregate, the later one fails and has changed nothing, so it can simply be run again on the
 * aggregate's new state (where its rules are checked afresh, e.g. against an invoice's now smaller open amount).
 * Wrap the whole transaction, Idempotency-Key record included (PostgreSQL aborts a transaction after a conflict).
 * After a few attempts the caller gets 409 and may retry.
 */
public final class ConflictRetry {
    public static final int ATTEMPTS = 8;

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ProblemException(ProblemType.CONFLICT, "the same records were changed by other requests "
                            + ATTEMPTS + " times while this one ran; nothing was changed, retry it");
                }
                pause(attempt);
            }
        }
    }

    /**
     * A conflict with a concurrent writer: Axon's (the event store refused a duplicate aggregate and sequence
     * number) or PostgreSQL's (serialization failure 40001, deadlock 40P01), where one side lost and changed nothing.
     */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
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
