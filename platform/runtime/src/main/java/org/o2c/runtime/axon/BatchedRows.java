package org.o2c.runtime.axon;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Rows an Axon projection writes as one JDBC batch per unit of work rather than one statement per event. Axon hands
 * a projection the events of a unit of work (a request, or a poll of another service's events) one after another;
 * the rows put here meanwhile are written when that unit of work prepares to commit, still in its transaction, or
 * earlier if the projection calls {@link #write()} before a statement that must see them. A row put under a key
 * already waiting replaces it, so a projection that keeps "the latest state" of something writes it once.
 *
 * @param <K> what identifies a row
 * @param <R> the row
 */
public final class BatchedRows<K, R> {
    private final String resourceKey = BatchedRows.class.getName() + "@" + System.identityHashCode(this);
    private final Writer<R> writer;

    /** Writes rows, in the order they were first put; usually one JDBC batch. */
    @FunctionalInterface
    public interface Writer<R> {
        void write(Collection<R> rows) throws SQLException;
    }

    public BatchedRows(Writer<R> writer) {
        this.writer = writer;
    }

    /** Adds a row to the current unit of work's batch (or replaces the one with the same key). */
    public void put(K key, R row) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Map<K, R> pending = unitOfWork.getOrComputeResource(resourceKey, k -> {
            Map<K, R> rows = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> write(rows));
            return rows;
        });
        pending.put(key, row);
    }

    /** Writes the rows the current unit of work holds now, for a statement that must see them. */
    public void write() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<K, R> pending = CurrentUnitOfWork.get().getResource(resourceKey);
            if (pending != null) {
                write(pending);
            }
        }
    }

    private void write(Map<K, R> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            writer.write(new ArrayList<>(pending.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + pending.size() + " rows", e);
        }
        pending.clear();
    }
}
