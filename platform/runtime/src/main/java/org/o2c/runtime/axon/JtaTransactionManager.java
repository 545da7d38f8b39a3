package org.o2c.runtime.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Runs Axon's units of work in Quarkus' JTA transactions. Inside a request that already has a transaction the
 * unit of work joins it, so the events, the read models and the idempotency record commit or roll back together.
 * Agroal enlists the JDBC connections; Axon's JDBC code never commits on its own.
 */
public class JtaTransactionManager implements TransactionManager {
    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() == Status.STATUS_ACTIVE || jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                return joined();
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        jta.commit();
                    } catch (Exception e) {
                        throw new IllegalStateException("transaction commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        jta.rollback();
                    } catch (SystemException e) {
                        throw new IllegalStateException("transaction rollback failed", e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("could not start a transaction", e);
        }
    }

    private Transaction joined() {
        return new Transaction() {
            @Override
            public void commit() {
                // the owner of the surrounding transaction commits
            }

            @Override
            public void rollback() {
                try {
                    jta.setRollbackOnly();
                } catch (SystemException e) {
                    throw new IllegalStateException("could not mark the transaction for rollback", e);
                }
            }
        };
    }
}
