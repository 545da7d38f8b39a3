package org.o2c.runtime.axon;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps the most recently used aggregates of one type in memory, so that a command on an aggregate with a long
 * history does not replay that history from the event store. Axon asks it on every load and fills it when a unit of
 * work saves an aggregate.
 *
 * <p>An entry is only used while it is the stored state:
 * <ul>
 *   <li>it remembers the sequence number of the last event this process stored for the aggregate, and a load uses
 *   it only if the event store's last sequence number for that aggregate is the same; so an aggregate another
 *   instance of the service has changed since is read from the store (one indexed query instead of a replay);</li>
 *   <li>Axon saves an aggregate before the surrounding JTA transaction commits; if that transaction then rolls back,
 *   the entry is removed, so the cache never holds a state that was not stored.</li>
 * </ul>
 * Bounded: beyond {@code capacity} aggregates, the least recently used is dropped.
 */
public final class AggregateCache implements Cache {
    private final int capacity;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<Object, Entry> entries;
    private volatile EventStore eventStore;
    private volatile EventStorageEngine storage;

    private static final class Entry {
        private final Object value;
        private Long lastSequenceNumber;

        Entry(Object value, Long lastSequenceNumber) {
            this.value = value;
            this.lastSequenceNumber = lastSequenceNumber;
        }
    }

    AggregateCache(int capacity, TransactionSynchronizationRegistry transactions) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.transactions = transactions;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > AggregateCache.this.capacity;
            }
        };
    }

    /** The cache learns the stored sequence numbers from the events the service's event store takes. */
    Cache boundTo(Configuration configuration) {
        eventStore = configuration.eventStore();
        storage = configuration.getComponent(EventStorageEngine.class);
        eventStore.subscribe(this::stored);
        return this;
    }

    /** Called with the events the event store has just appended, in the same transaction. */
    private void stored(List<? extends EventMessage<?>> events) {
        synchronized (entries) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    Entry entry = entries.get(domainEvent.getAggregateIdentifier());
                    if (entry != null) {
                        entry.lastSequenceNumber = domainEvent.getSequenceNumber();
                    }
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return null;
        }
        // the storage engine, not the event store: the event store would also walk the events the unit of work
        // has staged, which grows with a batch of commands; and an aggregate this unit of work has already
        // changed is held by the unit of work itself and never asked for here
        Optional<Long> stored = storage.lastSequenceNumberFor(key.toString());
        synchronized (entries) {
            if (entries.get(key) != entry || !Objects.equals(stored.orElse(null), entry.lastSequenceNumber)) {
                entries.remove(key);
                return null;
            }
        }
        return (V) entry.value;
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (entries) {
            Entry previous = entries.get(key);
            // the events of this save are appended after it and then recorded by stored(...)
            entries.put(key, new Entry(value, previous == null ? null : previous.lastSequenceNumber));
        }
        removeIfRolledBack(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (entries) {
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, new Entry(value, null));
        }
        removeIfRolledBack(key);
        return true;
    }

    private void removeIfRolledBack(Object key) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    remove(key);
                }
            }
        });
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache has no listeners");
    }
}
