package org.o2c.payments.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * Runs reads of the ledger at once with the caller's own, each on a connection of its own taken from the pool
 * outside any transaction: the matching's lookups that do not wait for each other's answers.
 */
final class Lookups {
    /** A read on a connection. */
    @FunctionalInterface
    interface Read {
        void on(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final Executor executor;

    Lookups(DataSource dataSource, Executor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    CompletableFuture<Void> run(Read read) {
        Runnable task = () -> {
            try (Connection c = dataSource.getConnection()) {
                read.on(c);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        };
        return CompletableFuture.runAsync(task, executor);
    }

    /** Waits for the reads; the first that failed is thrown as it failed. */
    static void join(CompletableFuture<?>... reads) throws SQLException {
        try {
            CompletableFuture.allOf(reads).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
