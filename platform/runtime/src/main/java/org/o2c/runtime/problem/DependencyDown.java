package org.o2c.runtime.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by a dependency that is down (the database refuses connections or was restarted, no
 * connection could be had from the pool) from a fault of the service. Such a request changed nothing and may be
 * retried: it is answered 503 with {@code Retry-After}.
 */
public final class DependencyDown {
    public static final String RETRY_AFTER_SECONDS = "5";

    private DependencyDown() {
    }

    public static boolean isCause(Throwable failure) {
        return reason(failure) != null;
    }

    /** The failure that shows the dependency is down, or null. */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return cause.toString();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return cause.toString();
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("Acquisition timeout")) {
                return cause.toString();
            }
        }
        return null;
    }
}
