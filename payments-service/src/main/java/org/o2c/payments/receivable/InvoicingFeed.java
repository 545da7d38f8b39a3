package org.o2c.payments.receivable;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.customer.CustomerDirectory;
import org.o2c.payments.customer.CustomerEntry;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Builds the receivable accounts from invoicing's events: customers into the directory, invoices into open items,
 * credit notes onto their invoices. Runs in the consumer's transaction together with the record of each event id;
 * the account also ignores an invoice or credit note it already holds, so a replay changes nothing.
 */
@Singleton
public class InvoicingFeed implements EventConsumer {
    @Inject
    CustomerDirectory customers;
    @Inject
    Commands commands;

    @Override
    public String name() {
        return "receivables";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("invoicing"));
    }

    /**
     * The invoices and credit notes of one poll as one unit of work: their events are stored in one batch. The
     * invoices' customers are made known first, in one batch.
     */
    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        Map<UUID, CustomerEntry> invoiced = new LinkedHashMap<>();
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            if (event.payload() instanceof InvoiceIssued invoice) {
                invoiced.putIfAbsent(invoice.customerId(), new CustomerEntry(invoice.customerId(), null,
                        invoice.legalEntity(), invoice.currency()));
            }
        }
        customers.invoiced(invoiced.values());
        commands.together(() -> events.forEach(this::take));
    }

    private void take(EventEnvelope<? extends PublishedEvent> event) {
        if (event.payload() instanceof CustomerRegistered registered) {
            customers.registered(registered.customerId(), registered.name(), registered.legalEntity(),
                    registered.currency());
        } else if (event.payload() instanceof InvoiceIssued invoice) {
            Currency currency = Currency.getInstance(invoice.currency());
            commands.sendCausedBy(new RecordOpenItem(AccountId.of(invoice.customerId(), currency),
                    new CustomerId(invoice.customerId()), invoice.legalEntity(), currency,
                    new InvoiceId(invoice.invoiceId()), invoice.invoiceNumber(), invoice.issueDate(),
                    invoice.dueDate(), invoice.grossAmount(), invoice.earlyPaymentDiscount()), event);
        } else if (event.payload() instanceof CreditNoteIssued creditNote) {
            // same key as its invoice on the invoicing topic, so it always comes after the invoice
            commands.sendCausedBy(new ApplyCreditNote(AccountId.of(creditNote.customerId(),
                    Currency.getInstance(creditNote.currency())), creditNote.creditNoteId(),
                    creditNote.creditNoteNumber(), new InvoiceId(creditNote.invoiceId()), creditNote.issueDate(),
                    creditNote.grossAmount()), event);
        }
    }
}
