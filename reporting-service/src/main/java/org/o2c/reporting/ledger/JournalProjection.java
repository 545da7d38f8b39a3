package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.runtime.axon.BatchedRows;

/**
 * The journal read model: entries, their lines and each account's debits, credits and line count per day, written
 * in the transaction of the entries' events, as one batch per unit of work. Day balances are added up in memory
 * first and written in key order, so that two writers never wait on each other's rows in opposite orders.
 */
@Singleton
public class JournalProjection {
    @Inject
    DataSource dataSource;

    private final BatchedRows<UUID, Posted> entries = new BatchedRows<>(this::write);

    private record Posted(JournalEntryPosted entry, Instant postedAt) {
    }

    private record DayKey(String legalEntity, String account, String currency, LocalDate day) {
        static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::legalEntity)
                .thenComparing(DayKey::account).thenComparing(DayKey::currency).thenComparing(DayKey::day);
    }

    private record DayTotals(BigDecimal debit, BigDecimal credit, long lines) {
        DayTotals plus(DayTotals other) {
            return new DayTotals(debit.add(other.debit), credit.add(other.credit), lines + other.lines);
        }
    }

    @EventHandler
    void on(JournalEntryPosted event, @org.axonframework.eventhandling.Timestamp Instant postedAt) {
        entries.put(event.entryId(), new Posted(event, postedAt));
    }

    private void write(Collection<Posted> posted) throws SQLException {
        Map<DayKey, DayTotals> days = new TreeMap<>(DayKey.ORDER);
        try (Connection c = dataSource.getConnection();
             PreparedStatement entry = c.prepareStatement("""
                     INSERT INTO journal_entry (entry_id, legal_entity, currency, accounting_date, document_date,
                         source_event_type, source_event_id, source_type, source_id, source_number, customer_id,
                         supplier_id, description, occurred_at, posted_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement line = c.prepareStatement("""
                     INSERT INTO journal_line (entry_id, line_number, legal_entity, account, currency,
                         accounting_date, occurred_at, debit, credit, open_item_id)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Posted p : posted) {
                JournalEntryPosted e = p.entry();
                Timestamp occurred = Timestamp.from(e.occurredAt());
                entry.setObject(1, e.entryId());
                entry.setString(2, e.legalEntity());
                entry.setString(3, e.currency());
                entry.setObject(4, e.accountingDate());
                entry.setObject(5, e.documentDate());
                entry.setString(6, e.sourceEventType());
                entry.setString(7, e.sourceEventId());
                entry.setString(8, e.source().type());
                entry.setObject(9, e.source().id());
                entry.setString(10, e.source().number());
                entry.setObject(11, e.customerId());
                entry.setObject(12, e.supplierId());
                entry.setString(13, e.description());
                entry.setTimestamp(14, occurred);
                entry.setTimestamp(15, Timestamp.from(p.postedAt()));
                entry.addBatch();
                for (JournalLine l : e.lines()) {
                    boolean debit = JournalLine.DEBIT.equals(l.side());
                    BigDecimal debitAmount = debit ? l.amount() : BigDecimal.ZERO;
                    BigDecimal creditAmount = debit ? BigDecimal.ZERO : l.amount();
                    line.setObject(1, e.entryId());
                    line.setInt(2, l.lineNumber());
                    line.setString(3, e.legalEntity());
                    line.setString(4, l.account());
                    line.setString(5, e.currency());
                    line.setObject(6, e.accountingDate());
                    line.setTimestamp(7, occurred);
                    line.setBigDecimal(8, debitAmount);
                    line.setBigDecimal(9, creditAmount);
                    line.setObject(10, l.openItemId());
                    line.addBatch();
                    days.merge(new DayKey(e.legalEntity(), l.account(), e.currency(), e.accountingDate()),
                            new DayTotals(debitAmount, creditAmount, 1), DayTotals::plus);
                }
            }
            entry.executeBatch();
            line.executeBatch();
            writeDays(c, days);
        }
    }

    private static void writeDays(Connection c, Map<DayKey, DayTotals> days) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ledger_day_balance (legal_entity, account, currency, day, debit, credit, lines)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (legal_entity, account, currency, day) DO UPDATE
                SET debit = ledger_day_balance.debit + EXCLUDED.debit,
                    credit = ledger_day_balance.credit + EXCLUDED.credit,
                    lines = ledger_day_balance.lines + EXCLUDED.lines""")) {
            for (Map.Entry<DayKey, DayTotals> day : days.entrySet()) {
                upsert.setString(1, day.getKey().legalEntity());
                upsert.setString(2, day.getKey().account());
                upsert.setString(3, day.getKey().currency());
                upsert.setObject(4, day.getKey().day());
                upsert.setBigDecimal(5, day.getValue().debit());
                upsert.setBigDecimal(6, day.getValue().credit());
                upsert.setLong(7, day.getValue().lines());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
