package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.reporting.period.PeriodRegister;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;
import org.o2c.runtime.period.ClosedBooks;

/**
 * Posts the business events of invoicing, payments and payables to the general ledger: each event the
 * {@link PostingRules} know becomes one balanced journal entry, on the accounts of its legal entity's chart, dated
 * on its business date or, when that period is closed, on the first day of the next open one. An entry's id comes
 * from its event's id: an event whose entry the event store holds (posted by an earlier consumer of the same
 * topics, or before the read model was rebuilt) is not posted again. A poll is posted as one unit of work: its
 * entries are stored as one batch.
 */
@Singleton
public class LedgerPosting implements EventConsumer {
    @Inject
    Charts charts;
    @Inject
    PeriodRegister periods;
    @Inject
    Commands commands;
    @Inject
    DataSource dataSource;

    private record Pending(EventEnvelope<? extends PublishedEvent> event, Posting posting) {
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("invoicing"), KafkaSettings.topicOf("payments"),
                KafkaSettings.topicOf("payables"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return PostingRules.postedTypes().contains(eventType);
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        List<Pending> pending = new ArrayList<>(events.size());
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            PostingRules.postingOf(event.payload()).ifPresent(posting -> pending.add(new Pending(event, posting)));
        }
        Set<UUID> posted = alreadyPosted(pending);
        pending.removeIf(p -> posted.contains(JournalEntryId.postingOf(p.event().id()).value()));
        if (pending.isEmpty()) {
            return;
        }
        Set<String> legalEntities = new HashSet<>();
        pending.forEach(p -> legalEntities.add(p.posting().legalEntity()));
        Map<String, ChartOfAccounts> chartOf = charts.of(legalEntities);
        ClosedBooks closed = periods.closedBooks(legalEntities);
        Map<String, Map<String, Account>> accounts = new HashMap<>();
        commands.together(() -> {
            for (Pending p : pending) {
                Posting posting = p.posting();
                ChartOfAccounts chart = chartOf.get(posting.legalEntity());
                LocalDate accountingDate = closed.accountingDate(posting.legalEntity(), posting.documentDate());
                JournalEntryPosted entry = posting.entry(p.event().type(), p.event().id(), p.event().time(), chart,
                        accountingDate);
                commands.sendCausedBy(new PostJournalEntry(new JournalEntryId(entry.entryId()), entry), p.event());
                Map<String, Account> used = accounts.computeIfAbsent(posting.legalEntity(), k -> new HashMap<>());
                posting.lines().stream().filter(line -> line.amount().signum() != 0).forEach(line -> {
                    Account account = line.account(chart, accountingDate);
                    used.put(account.number(), account);
                });
            }
        });
        charts.postedTo(accounts);
    }

    private Set<UUID> alreadyPosted(List<Pending> pending) {
        Set<UUID> posted = new HashSet<>();
        if (pending.isEmpty()) {
            return posted;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT aggregateidentifier FROM domainevententry WHERE aggregateidentifier = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar",
                    pending.stream().map(p -> JournalEntryId.postingOf(p.event().id()).toString()).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    posted.add(UUID.fromString(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read which entries are posted", e);
        }
        return posted;
    }
}
