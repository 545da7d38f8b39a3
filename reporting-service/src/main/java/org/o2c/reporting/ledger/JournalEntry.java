package org.o2c.reporting.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;

/**
 * A journal entry of the general ledger. It is posted once and never changed: a correction is another entry. It
 * balances: its debits equal its credits (invariant 1).
 */
public class JournalEntry {
    private static final Set<String> SIDES = Set.of(JournalLine.DEBIT, JournalLine.CREDIT);

    @AggregateIdentifier
    private JournalEntryId entryId;

    protected JournalEntry() {
        // for Axon
    }

    @CommandHandler
    public JournalEntry(PostJournalEntry command) {
        JournalEntryPosted entry = command.entry();
        if (!entry.entryId().equals(command.entryId().value())) {
            throw new IllegalArgumentException("entry " + entry.entryId() + " posted as " + command.entryId());
        }
        requireBalanced(entry);
        apply(entry);
    }

    /** Refuses an entry of fewer than two lines, a line that is not a positive debit or credit, or unequal sides. */
    static void requireBalanced(JournalEntryPosted entry) {
        if (entry.lines().size() < 2) {
            throw new IllegalArgumentException("journal entry " + entry.entryId() + " has fewer than two lines");
        }
        Map<String, BigDecimal> sides = new TreeMap<>();
        for (JournalLine line : entry.lines()) {
            if (!SIDES.contains(line.side()) || line.amount().signum() <= 0) {
                throw new IllegalArgumentException("journal entry " + entry.entryId() + " line " + line.lineNumber()
                        + ": " + line.side() + " " + line.amount());
            }
            sides.merge(line.side(), line.amount(), BigDecimal::add);
        }
        BigDecimal debits = sides.getOrDefault(JournalLine.DEBIT, BigDecimal.ZERO);
        BigDecimal credits = sides.getOrDefault(JournalLine.CREDIT, BigDecimal.ZERO);
        if (debits.compareTo(credits) != 0) {
            throw new IllegalArgumentException("journal entry " + entry.entryId() + " of " + entry.sourceEventType()
                    + " does not balance: debits " + debits + ", credits " + credits);
        }
    }

    @EventSourcingHandler
    void on(JournalEntryPosted event) {
        this.entryId = new JournalEntryId(event.entryId());
    }
}
