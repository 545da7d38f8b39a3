package org.o2c.payments;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.o2c.events.EventHeaders;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.events.reporting.SourceDocument;
import org.o2c.testing.kafka.TopicReader;
import org.o2c.testing.kafka.TopicWriter;

/**
 * The general ledger's side of a bank account, for a test without reporting-service: reads the payments this
 * service published for a legal entity and posts each to the clearing account of the bank account it names, as
 * reporting's posting rules do (a payment received debits it, a return credits it; the line names the bank account).
 * The whole path through reporting is in the system tests.
 */
public final class BankClearingLedger implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final TopicReader payments;
    private final TopicWriter ledger;
    private final Set<String> posted = new HashSet<>();

    public BankClearingLedger(String kafka) {
        payments = new TopicReader(kafka, "o2c.payments.events");
        ledger = new TopicWriter(kafka);
    }

    /**
     * Waits for {@code count} payments received or returned on a bank account of the legal entity not posted yet,
     * and posts them, dated on {@code accountingDate} (null: their own date).
     */
    public void post(String legalEntity, int count, java.time.LocalDate accountingDate) {
        List<TopicReader.Message> toPost = payments.readUntil(seen -> fresh(seen, legalEntity).size() >= count,
                Duration.ofSeconds(30));
        List<TopicReader.Message> fresh = fresh(toPost, legalEntity);
        if (fresh.size() < count) {
            throw new IllegalStateException("only " + fresh.size() + " of " + count + " payments were published");
        }
        for (TopicReader.Message message : fresh) {
            posted.add(message.header(EventHeaders.ID));
            try {
                if (message.header(EventHeaders.TYPE).startsWith("PaymentReceived")) {
                    PaymentReceived p = JSON.readValue(message.value(), PaymentReceived.class);
                    publish(message, p.legalEntity(), p.currency(), accountingDate == null ? p.valueDate()
                            : accountingDate, p.paymentId(), p.bankAccount(), p.amount(), true);
                } else {
                    PaymentReturned p = JSON.readValue(message.value(), PaymentReturned.class);
                    publish(message, p.legalEntity(), p.currency(), accountingDate == null ? p.returnedOn()
                            : accountingDate, p.paymentId(), p.bankAccount(), p.amount(), false);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<TopicReader.Message> fresh(List<TopicReader.Message> seen, String legalEntity) {
        return seen.stream().filter(m -> legalEntity.equals(m.header(EventHeaders.LEGAL_ENTITY)))
                .filter(m -> m.header(EventHeaders.TYPE).startsWith("PaymentReceived")
                        || m.header(EventHeaders.TYPE).startsWith("PaymentReturned"))
                .filter(m -> m.value().contains("\"bankAccountId\""))
                .filter(m -> !posted.contains(m.header(EventHeaders.ID))).toList();
    }

    private void publish(TopicReader.Message message, String legalEntity, String currency,
                         java.time.LocalDate date, UUID paymentId, BankAccountRef bank, java.math.BigDecimal amount,
                         boolean in) {
        UUID entryId = UUID.randomUUID();
        JournalLine clearing = new JournalLine(in ? 1 : 2, bank.clearingAccount(),
                in ? JournalLine.DEBIT : JournalLine.CREDIT, amount, null, bank.bankAccountId());
        JournalLine unapplied = new JournalLine(in ? 2 : 1, "2100", in ? JournalLine.CREDIT : JournalLine.DEBIT,
                amount, null, null);
        ledger.publish("reporting", entryId, new JournalEntryPosted(entryId, legalEntity, currency, date, date,
                message.header(EventHeaders.TYPE), message.header(EventHeaders.ID), Instant.now(),
                new SourceDocument("PAYMENT", paymentId, null), null, null,
                in ? "Payment received" : "Payment returned", in ? List.of(clearing, unapplied)
                        : List.of(unapplied, clearing)));
    }

    @Override
    public void close() {
        payments.close();
        ledger.close();
    }
}
