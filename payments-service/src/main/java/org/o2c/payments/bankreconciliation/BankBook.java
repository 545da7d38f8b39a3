package org.o2c.payments.bankreconciliation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * The ledger's side of our bank accounts: every line of a journal entry that books a movement through a bank
 * account's clearing account (the line names the bank account), learned from the general ledger's
 * {@code JournalEntryPosted}. An entry posted again (a replay) is the same entry with the same id and changes
 * nothing.
 */
@Singleton
public class BankBook implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "bank-book";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("reporting"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return eventType == JournalEntryPosted.class;
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO bank_book_entry (entry_id, line_number, bank_account_id, legal_entity, currency, account,
                    accounting_date, document_date, amount, source_type, source_id, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            int rows = 0;
            for (EventEnvelope<? extends PublishedEvent> event : events) {
                JournalEntryPosted entry = (JournalEntryPosted) event.payload();
                for (JournalLine line : entry.lines()) {
                    if (line.bankAccountId() == null) {
                        continue;
                    }
                    insert.setObject(1, entry.entryId());
                    insert.setInt(2, line.lineNumber());
                    insert.setObject(3, line.bankAccountId());
                    insert.setString(4, entry.legalEntity());
                    insert.setString(5, entry.currency());
                    insert.setString(6, line.account());
                    insert.setDate(7, Date.valueOf(entry.accountingDate()));
                    insert.setDate(8, Date.valueOf(entry.documentDate()));
                    insert.setBigDecimal(9, JournalLine.DEBIT.equals(line.side()) ? line.amount()
                            : line.amount().negate());
                    insert.setString(10, entry.source().type());
                    insert.setObject(11, entry.source().id());
                    insert.setString(12, entry.description());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the bank movements of " + events.size()
                    + " journal entries", e);
        }
    }
}
