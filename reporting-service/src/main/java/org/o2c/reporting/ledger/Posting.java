package org.o2c.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.events.reporting.SourceDocument;

/**
 * What a posting rule makes of a business event, before the legal entity's chart names the accounts and the
 * open periods fix the accounting date.
 *
 * @param documentDate the business date of the event (issue, value, application, return or payment date)
 */
public record Posting(String legalEntity, String currency, LocalDate documentDate, SourceDocument source,
                      UUID customerId, UUID supplierId, String description, List<PostingLine> lines) {

    /**
     * The journal entry of this posting: each line on the account the chart names on the accounting date, a
     * negative amount on the other side, lines of zero left out.
     */
    public JournalEntryPosted entry(String sourceEventType, String sourceEventId, Instant occurredAt,
                                    ChartOfAccounts chart, LocalDate accountingDate) {
        List<JournalLine> journalLines = new ArrayList<>(lines.size());
        for (PostingLine line : lines) {
            if (line.amount().signum() == 0) {
                continue;
            }
            boolean debit = line.debit() == (line.amount().signum() > 0);
            journalLines.add(new JournalLine(journalLines.size() + 1, line.account(chart, accountingDate).number(),
                    debit ? JournalLine.DEBIT : JournalLine.CREDIT, line.amount().abs(), line.openItem(),
                    line.bankAccount() == null ? null : line.bankAccount().bankAccountId()));
        }
        return new JournalEntryPosted(JournalEntryId.postingOf(sourceEventId).value(), legalEntity, currency,
                accountingDate, documentDate, sourceEventType, sourceEventId, occurredAt, source, customerId,
                supplierId, description, List.copyOf(journalLines));
    }

    static Posting customer(String legalEntity, String currency, LocalDate date, SourceDocument source,
                            UUID customerId, String description, List<PostingLine> lines) {
        return new Posting(legalEntity, currency, date, source, customerId, null, description, lines);
    }

    static Posting supplier(String legalEntity, String currency, LocalDate date, SourceDocument source,
                            UUID supplierId, String description, List<PostingLine> lines) {
        return new Posting(legalEntity, currency, date, source, null, supplierId, description, lines);
    }
}
