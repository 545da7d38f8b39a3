package org.o2c.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.testing.kafka.TopicWriter;

/**
 * Publishes the receivables ledger's events onto o2c.payments.events as payments-service would (key = account id),
 * one account per customer. Account totals are not read by collections and are sent as zeros.
 */
public final class LedgerFeed implements AutoCloseable {
    private static final AccountTotals TOTALS = new AccountTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);
    private final TopicWriter writer;
    private final String legalEntity;

    public LedgerFeed(String bootstrapServers, String legalEntity) {
        this.writer = new TopicWriter(bootstrapServers);
        this.legalEntity = legalEntity;
    }

    /** An invoice became an open item, fully open; returns its id. */
    public UUID openItem(UUID customer, String number, LocalDate dueDate, String gross) {
        UUID invoiceId = UUID.randomUUID();
        openItem(invoiceId, customer, "EUR", number, dueDate, gross, UUID.randomUUID().toString());
        return invoiceId;
    }

    public void openItem(UUID invoiceId, UUID customer, String currency, String number, LocalDate dueDate, String gross,
                         String eventId) {
        writer.publish("payments", customer, new OpenItemRecorded(customer, customer, legalEntity, currency, invoiceId,
                number, dueDate.minusDays(30), dueDate, new BigDecimal(gross), new BigDecimal(gross), TOTALS), eventId);
    }

    public void paymentApplied(UUID customer, UUID invoiceId, String number, String amount, String openAfter) {
        writer.publish("payments", customer, new PaymentApplied(customer, UUID.randomUUID(), customer, legalEntity,
                "EUR", invoiceId, number, new BigDecimal(amount), LocalDate.now(), false, new BigDecimal(openAfter),
                BigDecimal.ZERO, TOTALS));
    }

    /** A payment arrived; publishing the same payment and event id again is a redelivery. */
    public void paymentReceived(UUID customer, UUID paymentId, String amount, LocalDate valueDate, String eventId) {
        writer.publish("payments", customer, new PaymentReceived(customer, paymentId, customer, legalEntity,
                "EUR", new BigDecimal(amount), valueDate, "promise", TOTALS, null), eventId);
    }

    /** A payment paid the invoice short, leaving {@code amount} open as a deduction; returns the deduction's id. */
    public UUID deduction(UUID customer, UUID invoiceId, String number, String amount, String eventId) {
        UUID paymentId = UUID.randomUUID();
        UUID deductionId = UUID.randomUUID();
        writer.publish("payments", customer, new DeductionRaised(customer, deductionId, paymentId, customer,
                legalEntity, "EUR", invoiceId, number, new BigDecimal(amount), LocalDate.now(), "SHORT_PAYMENT",
                "short by " + amount + " on invoice " + number, new BigDecimal(amount), TOTALS), eventId);
        return deductionId;
    }

    @Override
    public void close() {
        writer.close();
    }
}
