package org.o2c.runtime.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs several reads of a read model on one connection in one read-only REPEATABLE READ transaction, so that
 * totals, counts and pages of one answer agree even while a projection commits between them. Inside a caller's
 * transaction the reads simply join it.
 */
public final class Snapshot {

    /** Reads on one connection. */
    @FunctionalInterface
    public interface Reads<T> {
        T run(Connection connection) throws Exception;
    }

    private Snapshot() {
    }

    public static <T> T read(DataSource dataSource, Reads<T> reads) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                return reads.run(c);
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                T result = reads.run(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }
}
