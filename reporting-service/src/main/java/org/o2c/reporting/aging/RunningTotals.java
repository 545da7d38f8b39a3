package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the AR aging's running totals (tables {@code ar_aging_due}, {@code ar_aging_customers}, their dated
 * {@code _change} tables and {@code ar_customer_position}) for the movements of one poll of the receivables
 * projection: open amounts and counted items per due date, and listed customer rows, unapplied cash and credit
 * balances, each as it is now and as dated changes; and per customer and currency the days it is listed. Reads
 * what it needs in a few statements (the positions touched, and the earlier movements of those whose movements are
 * dated before their latest one), reckons in memory in the poll's order, then writes every total as one JDBC batch.
 */
final class RunningTotals {
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    /** An open item as the projection holds it. */
    record Item(UUID invoiceId, UUID customerId, String legalEntity, String currency, LocalDate dueDate,
                BigDecimal openAmount, LocalDate lastMovedOn) {
        Position position() {
            return new Position(customerId, currency);
        }
    }

    /** A change of an item's open amount. */
    record ItemDelta(Item item, LocalDate day, BigDecimal delta) {
    }

    /** A change of an account's unapplied cash or credit balance. */
    record AccountDelta(UUID customerId, String legalEntity, String currency, LocalDate day, BigDecimal unapplied,
                        BigDecimal credit) {
        Position position() {
            return new Position(customerId, currency);
        }
    }

    private record Position(UUID customerId, String currency) {
    }

    private record DueKey(String legalEntity, String currency, LocalDate dueDate) {
    }

    private record DueChangeKey(String legalEntity, String currency, LocalDate day, LocalDate dueDate) {
    }

    private record EntityCurrency(String legalEntity, String currency) {
    }

    private record EntityCurrencyDay(String legalEntity, String currency, LocalDate day) {
    }

    private static final class PositionState {
        final DatedBalance balance;
        String legalEntity;
        final String name;

        PositionState(DatedBalance balance, String legalEntity, String name) {
            this.balance = balance;
            this.legalEntity = legalEntity;
            this.name = name;
        }
    }

    /** One position's change (open, unapplied, credit), in the poll's order. */
    private record PositionDelta(Position position, String legalEntity, LocalDate day, BigDecimal[] delta) {
    }

    private final Map<UUID, DatedBalance> items = new HashMap<>();
    private final Map<Position, PositionState> positions = new LinkedHashMap<>();
    private final Map<DueKey, Sums> due = new LinkedHashMap<>();
    private final Map<DueChangeKey, Sums> dueChanges = new LinkedHashMap<>();
    private final Map<EntityCurrency, Sums> customers = new LinkedHashMap<>();
    private final Map<EntityCurrencyDay, Sums> customerChanges = new LinkedHashMap<>();

    /**
     * What is added up per key: per due date the open amount and the counted items; per legal entity and currency
     * the unapplied cash, the credit balance and the listed customers.
     */
    private static final class Sums {
        BigDecimal amount = ZERO;
        BigDecimal credit = ZERO;
        long count;

        boolean isZero() {
            return amount.signum() == 0 && credit.signum() == 0 && count == 0;
        }
    }

    /**
     * Reckons and writes the totals for these changes, in the poll's order (item deltas of zero are left out by the
     * caller), and returns each moved item's open amount and latest day for the caller to store.
     */
    static Map<UUID, Item> record(Connection c, List<ItemDelta> itemDeltas, List<AccountDelta> accountDeltas)
            throws SQLException {
        if (itemDeltas.isEmpty() && accountDeltas.isEmpty()) {
            return Map.of();
        }
        RunningTotals totals = new RunningTotals();
        List<PositionDelta> positionDeltas = new ArrayList<>();
        itemDeltas.forEach(d -> positionDeltas.add(new PositionDelta(d.item().position(), d.item().legalEntity(),
                d.day(), new BigDecimal[] {d.delta(), ZERO, ZERO})));
        accountDeltas.forEach(d -> positionDeltas.add(new PositionDelta(d.position(), d.legalEntity(), d.day(),
                new BigDecimal[] {ZERO, d.unapplied(), d.credit()})));
        totals.load(c, itemDeltas, positionDeltas);
        Map<UUID, Item> moved = new LinkedHashMap<>();
        for (ItemDelta d : itemDeltas) {
            Item item = d.item();
            DatedBalance balance = totals.items.get(item.invoiceId());
            Map<LocalDate, Integer> listing = balance.change(d.day(), d.delta());
            DueKey key = new DueKey(item.legalEntity(), item.currency(), item.dueDate());
            Sums now = totals.due.computeIfAbsent(key, k -> new Sums());
            now.amount = now.amount.add(d.delta());
            Sums onDay = totals.dueChanges.computeIfAbsent(
                    new DueChangeKey(item.legalEntity(), item.currency(), d.day(), item.dueDate()), k -> new Sums());
            onDay.amount = onDay.amount.add(d.delta());
            listing.forEach((day, moves) -> {
                now.count += moves;
                totals.dueChanges.computeIfAbsent(new DueChangeKey(item.legalEntity(), item.currency(), day,
                        item.dueDate()), k -> new Sums()).count += moves;
            });
            moved.put(item.invoiceId(), new Item(item.invoiceId(), item.customerId(), item.legalEntity(),
                    item.currency(), item.dueDate(), balance.now()[0], balance.lastDay()));
        }
        for (PositionDelta d : positionDeltas) {
            PositionState state = totals.positions.get(d.position());
            Map<LocalDate, Integer> listing = state.balance.change(d.day(), d.delta());
            EntityCurrency key = new EntityCurrency(state.legalEntity, d.position().currency());
            Sums now = totals.customers.computeIfAbsent(key, k -> new Sums());
            now.amount = now.amount.add(d.delta()[1]);
            now.credit = now.credit.add(d.delta()[2]);
            Sums onDay = totals.customerChanges.computeIfAbsent(
                    new EntityCurrencyDay(key.legalEntity(), key.currency(), d.day()), k -> new Sums());
            onDay.amount = onDay.amount.add(d.delta()[1]);
            onDay.credit = onDay.credit.add(d.delta()[2]);
            listing.forEach((day, moves) -> {
                now.count += moves;
                totals.customerChanges.computeIfAbsent(new EntityCurrencyDay(key.legalEntity(), key.currency(), day),
                        k -> new Sums()).count += moves;
            });
        }
        totals.write(c);
        return moved;
    }

    /** The balances touched, and the dated changes of those that get a change dated before their latest. */
    private void load(Connection c, List<ItemDelta> itemDeltas, List<PositionDelta> positionDeltas)
            throws SQLException {
        Map<UUID, List<LocalDate>> itemDays = new LinkedHashMap<>();
        for (ItemDelta d : itemDeltas) {
            items.computeIfAbsent(d.item().invoiceId(),
                    id -> new DatedBalance(d.item().lastMovedOn(), d.item().openAmount()));
            itemDays.computeIfAbsent(d.item().invoiceId(), id -> new ArrayList<>()).add(d.day());
        }
        Map<Position, List<LocalDate>> positionDays = new LinkedHashMap<>();
        Map<Position, String> legalEntities = new HashMap<>();
        for (PositionDelta d : positionDeltas) {
            positionDays.computeIfAbsent(d.position(), p -> new ArrayList<>()).add(d.day());
            legalEntities.putIfAbsent(d.position(), d.legalEntity());
        }
        loadPositions(c, positionDays.keySet(), legalEntities);
        // earlier movements: of one item, or of every item and the account of a customer and currency
        Map<UUID, LocalDate> itemsSince = new HashMap<>();
        Map<UUID, UUID> customerOfItem = new HashMap<>();
        Map<Position, LocalDate> positionsSince = new LinkedHashMap<>();
        itemDays.forEach((invoiceId, days) -> {
            LocalDate since = DatedBalance.historyNeeded(items.get(invoiceId).lastDay(), days);
            if (since != null) {
                itemsSince.put(invoiceId, since);
                items.get(invoiceId).historyFrom(since);
            }
        });
        for (ItemDelta d : itemDeltas) {
            customerOfItem.put(d.item().invoiceId(), d.item().customerId());
        }
        positionDays.forEach((position, days) -> {
            PositionState state = positions.get(position);
            LocalDate since = DatedBalance.historyNeeded(state.balance.lastDay(), days);
            if (since != null) {
                positionsSince.put(position, since);
                state.balance.historyFrom(since);
            }
        });
        if (!itemsSince.isEmpty()) {
            loadItemHistories(c, itemsSince, customerOfItem);
        }
        if (!positionsSince.isEmpty()) {
            loadPositionHistories(c, positionsSince);
        }
    }

    private void loadPositions(Connection c, Iterable<Position> keys, Map<Position, String> legalEntities)
            throws SQLException {
        List<Object> customerIds = new ArrayList<>();
        List<Object> currencies = new ArrayList<>();
        keys.forEach(p -> {
            customerIds.add(p.customerId());
            currencies.add(p.currency());
        });
        try (PreparedStatement select = c.prepareStatement("""
                SELECT k.customer_id, k.currency, p.legal_entity, coalesce(p.customer_name, cu.name) AS name,
                    p.open_amount, p.unapplied_cash, p.credit_balance, p.last_date, p.listed_on::text
                FROM unnest(?::uuid[], ?::text[]) AS k (customer_id, currency)
                LEFT JOIN ar_customer_position p ON p.customer_id = k.customer_id AND p.currency = k.currency
                LEFT JOIN ar_customer cu ON cu.customer_id = k.customer_id""")) {
            select.setArray(1, c.createArrayOf("uuid", customerIds.toArray()));
            select.setArray(2, c.createArrayOf("text", currencies.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Position key = new Position(rs.getObject(1, UUID.class), rs.getString(2));
                    boolean stored = rs.getString(3) != null;
                    DatedBalance balance = stored
                            ? new DatedBalance(rs.getObject(8, LocalDate.class), rs.getBigDecimal(5),
                                    rs.getBigDecimal(6), rs.getBigDecimal(7))
                            : new DatedBalance(null, ZERO, ZERO, ZERO);
                    balance.keep(ListedDays.parse(rs.getString(9)));
                    positions.put(key, new PositionState(balance,
                            stored ? rs.getString(3) : legalEntities.get(key), rs.getString(4)));
                }
            }
        }
    }

    private void loadItemHistories(Connection c, Map<UUID, LocalDate> since, Map<UUID, UUID> customerOfItem)
            throws SQLException {
        List<Object> ids = new ArrayList<>();
        List<Object> customerIds = new ArrayList<>();
        List<Object> days = new ArrayList<>();
        since.forEach((invoiceId, day) -> {
            ids.add(invoiceId);
            customerIds.add(customerOfItem.get(invoiceId));
            days.add(day.toString());
        });
        try (PreparedStatement select = c.prepareStatement("""
                SELECT m.invoice_id, m.effective_date, sum(m.delta)
                FROM unnest(?::uuid[], ?::uuid[], ?::text[]) AS f (invoice_id, customer_id, since)
                JOIN ar_item_movement m ON m.customer_id = f.customer_id AND m.effective_date >= f.since::date
                    AND m.invoice_id = f.invoice_id
                GROUP BY m.invoice_id, m.effective_date""")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            select.setArray(2, c.createArrayOf("uuid", customerIds.toArray()));
            select.setArray(3, c.createArrayOf("text", days.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.get(rs.getObject(1, UUID.class)).loaded(rs.getObject(2, LocalDate.class),
                            rs.getBigDecimal(3));
                }
            }
        }
    }

    private void loadPositionHistories(Connection c, Map<Position, LocalDate> since) throws SQLException {
        List<Object> customerIds = new ArrayList<>();
        List<Object> currencies = new ArrayList<>();
        List<Object> days = new ArrayList<>();
        since.forEach((position, day) -> {
            customerIds.add(position.customerId());
            currencies.add(position.currency());
            days.add(day.toString());
        });
        try (PreparedStatement select = c.prepareStatement("""
                SELECT f.customer_id, f.currency, m.effective_date, sum(m.open_delta), sum(m.unapplied_delta),
                    sum(m.credit_delta)
                FROM unnest(?::uuid[], ?::text[], ?::text[]) AS f (customer_id, currency, since)
                CROSS JOIN LATERAL (
                    SELECT effective_date, delta AS open_delta, 0 AS unapplied_delta, 0 AS credit_delta
                    FROM ar_item_movement WHERE customer_id = f.customer_id AND effective_date >= f.since::date
                        AND currency = f.currency
                    UNION ALL
                    SELECT effective_date, 0, unapplied_delta, credit_delta
                    FROM ar_account_movement WHERE customer_id = f.customer_id AND effective_date >= f.since::date
                        AND currency = f.currency) m
                GROUP BY f.customer_id, f.currency, m.effective_date""")) {
            select.setArray(1, c.createArrayOf("uuid", customerIds.toArray()));
            select.setArray(2, c.createArrayOf("text", currencies.toArray()));
            select.setArray(3, c.createArrayOf("text", days.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    positions.get(new Position(rs.getObject(1, UUID.class), rs.getString(2))).balance.loaded(
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6));
                }
            }
        }
    }

    private void write(Connection c) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ar_customer_position (customer_id, currency, legal_entity, customer_name, open_amount,
                    unapplied_cash, credit_balance, last_date, listed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::datemultirange)
                ON CONFLICT (customer_id, currency) DO UPDATE SET customer_name = EXCLUDED.customer_name,
                    open_amount = EXCLUDED.open_amount, unapplied_cash = EXCLUDED.unapplied_cash,
                    credit_balance = EXCLUDED.credit_balance, last_date = EXCLUDED.last_date,
                    listed_on = EXCLUDED.listed_on""")) {
            for (Map.Entry<Position, PositionState> entry : positions.entrySet()) {
                BigDecimal[] now = entry.getValue().balance.now();
                upsert.setObject(1, entry.getKey().customerId());
                upsert.setString(2, entry.getKey().currency());
                upsert.setString(3, entry.getValue().legalEntity);
                upsert.setString(4, entry.getValue().name);
                upsert.setBigDecimal(5, now[0]);
                upsert.setBigDecimal(6, now[1]);
                upsert.setBigDecimal(7, now[2]);
                upsert.setObject(8, entry.getValue().balance.lastDay());
                upsert.setString(9, entry.getValue().balance.listedDays().format());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement add = c.prepareStatement("""
                INSERT INTO ar_aging_due AS t (legal_entity, currency, due_date, open_amount, items)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (legal_entity, currency, due_date) DO UPDATE
                SET open_amount = t.open_amount + EXCLUDED.open_amount, items = t.items + EXCLUDED.items""")) {
            for (Map.Entry<DueKey, Sums> entry : due.entrySet()) {
                DueKey key = entry.getKey();
                batch(add, entry.getValue(), key.legalEntity(), key.currency(), key.dueDate(),
                        entry.getValue().amount, entry.getValue().count);
            }
            add.executeBatch();
        }
        try (PreparedStatement add = c.prepareStatement("""
                INSERT INTO ar_aging_due_change AS t (legal_entity, currency, effective_date, due_date, open_delta,
                    items_delta) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (legal_entity, currency, effective_date, due_date) DO UPDATE
                SET open_delta = t.open_delta + EXCLUDED.open_delta,
                    items_delta = t.items_delta + EXCLUDED.items_delta""")) {
            for (Map.Entry<DueChangeKey, Sums> entry : dueChanges.entrySet()) {
                DueChangeKey key = entry.getKey();
                batch(add, entry.getValue(), key.legalEntity(), key.currency(), key.day(), key.dueDate(),
                        entry.getValue().amount, entry.getValue().count);
            }
            add.executeBatch();
        }
        try (PreparedStatement add = c.prepareStatement("""
                INSERT INTO ar_aging_customers AS t (legal_entity, currency, unapplied_cash, credit_balance,
                    customers) VALUES (?, ?, ?, ?, ?) ON CONFLICT (legal_entity, currency) DO UPDATE
                SET unapplied_cash = t.unapplied_cash + EXCLUDED.unapplied_cash,
                    credit_balance = t.credit_balance + EXCLUDED.credit_balance,
                    customers = t.customers + EXCLUDED.customers""")) {
            for (Map.Entry<EntityCurrency, Sums> entry : customers.entrySet()) {
                Sums sums = entry.getValue();
                batch(add, sums, entry.getKey().legalEntity(), entry.getKey().currency(), sums.amount, sums.credit,
                        sums.count);
            }
            add.executeBatch();
        }
        try (PreparedStatement add = c.prepareStatement("""
                INSERT INTO ar_aging_customers_change AS t (legal_entity, currency, effective_date,
                    unapplied_delta, credit_delta, customers_delta) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (legal_entity, currency, effective_date) DO UPDATE
                SET unapplied_delta = t.unapplied_delta + EXCLUDED.unapplied_delta,
                    credit_delta = t.credit_delta + EXCLUDED.credit_delta,
                    customers_delta = t.customers_delta + EXCLUDED.customers_delta""")) {
            for (Map.Entry<EntityCurrencyDay, Sums> entry : customerChanges.entrySet()) {
                EntityCurrencyDay key = entry.getKey();
                Sums sums = entry.getValue();
                batch(add, sums, key.legalEntity(), key.currency(), key.day(), sums.amount, sums.credit,
                        sums.count);
            }
            add.executeBatch();
        }
    }

    /** Adds the row to the batch unless all its sums are zero. */
    private static void batch(PreparedStatement statement, Sums sums, Object... values) throws SQLException {
        if (sums.isZero()) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
