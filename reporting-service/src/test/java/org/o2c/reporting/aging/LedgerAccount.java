package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.testing.kafka.TopicWriter;

/**
 * One customer's receivable account in one currency as the receivables ledger would keep it: publishes its events
 * on the payments topic (key = account id), each with the invoice's open amount and the account's totals after it,
 * so that reporting is fed exactly the contract. Also keeps every dated change it published, for tests that
 * reckon an as-of date on their own.
 */
public final class LedgerAccount {
    /** A dated change of one invoice's open amount, or of the account's unapplied cash (invoice null). */
    public record Change(UUID invoiceId, LocalDate date, BigDecimal delta) {
    }

    private final TopicWriter topics;
    private final UUID accountId = UUID.randomUUID();
    private final UUID customerId;
    private final String legalEntity;
    private final String currency;
    private final Map<UUID, BigDecimal> open = new LinkedHashMap<>();
    private final Map<UUID, String> numbers = new HashMap<>();
    private final Map<UUID, LocalDate> issued = new HashMap<>();
    private final Map<UUID, LocalDate> due = new HashMap<>();
    private final Map<UUID, BigDecimal> unappliedOfPayment = new HashMap<>();
    private final Map<UUID, BigDecimal> amountOfPayment = new HashMap<>();
    private final Map<UUID, Map<UUID, BigDecimal>> applications = new HashMap<>();
    private final List<Change> itemChanges = new ArrayList<>();
    private final List<Change> cashChanges = new ArrayList<>();
    private final List<Change> creditChanges = new ArrayList<>();
    private final Set<UUID> returned = new HashSet<>();
    private BigDecimal unapplied = BigDecimal.ZERO;
    private BigDecimal credit = BigDecimal.ZERO;
    private PublishedEvent lastEvent;
    private String lastEventId;
    private int invoiceCount;

    public LedgerAccount(TopicWriter topics, UUID customerId, String legalEntity, String currency) {
        this.topics = topics;
        this.customerId = customerId;
        this.legalEntity = legalEntity;
        this.currency = currency;
    }

    public UUID customerId() {
        return customerId;
    }

    /** CustomerRegistered on the invoicing topic, where names come from. */
    public void registered(String name) {
        topics.publish("invoicing", customerId, new CustomerRegistered(customerId, name, legalEntity, currency, 30));
    }

    public UUID invoice(LocalDate issueDate, LocalDate dueDate, String gross) {
        UUID invoiceId = UUID.randomUUID();
        BigDecimal amount = new BigDecimal(gross);
        String number = "INV-" + issueDate.getYear() + "-" + customerId.toString().substring(0, 4) + "-"
                + String.format("%04d", ++invoiceCount);
        open.put(invoiceId, amount);
        numbers.put(invoiceId, number);
        issued.put(invoiceId, issueDate);
        due.put(invoiceId, dueDate);
        itemChanges.add(new Change(invoiceId, issueDate, amount));
        TaxSubtotal tax = taxAt19(amount);
        topics.publish("invoicing", invoiceId, new InvoiceIssued(invoiceId, number, customerId, legalEntity, currency,
                issueDate, dueDate, List.of(new InvoiceLine(1, "Goods", BigDecimal.ONE, tax.taxableAmount(),
                tax.taxableAmount(), tax.taxRate())), List.of(tax), tax.taxableAmount(), tax.taxAmount(), amount));
        publish(new OpenItemRecorded(accountId, customerId, legalEntity, currency, invoiceId, number, issueDate,
                dueDate, amount, amount, totals()));
        return invoiceId;
    }

    public UUID payment(LocalDate valueDate, String amount, String payerReference) {
        UUID paymentId = UUID.randomUUID();
        BigDecimal received = new BigDecimal(amount);
        unappliedOfPayment.put(paymentId, received);
        amountOfPayment.put(paymentId, received);
        unapplied = unapplied.add(received);
        cashChanges.add(new Change(null, valueDate, received));
        publish(new PaymentReceived(accountId, paymentId, customerId, legalEntity, currency, received, valueDate,
                payerReference, totals(), null));
        return paymentId;
    }

    public void apply(UUID paymentId, UUID invoiceId, String amount, LocalDate appliedOn) {
        BigDecimal applied = new BigDecimal(amount);
        open.merge(invoiceId, applied.negate(), BigDecimal::add);
        unappliedOfPayment.merge(paymentId, applied.negate(), BigDecimal::add);
        applications.computeIfAbsent(paymentId, p -> new LinkedHashMap<>()).merge(invoiceId, applied, BigDecimal::add);
        unapplied = unapplied.subtract(applied);
        itemChanges.add(new Change(invoiceId, appliedOn, applied.negate()));
        cashChanges.add(new Change(null, appliedOn, applied.negate()));
        publish(new PaymentApplied(accountId, paymentId, customerId, legalEntity, currency, invoiceId,
                numbers.get(invoiceId), applied, appliedOn, false, open.get(invoiceId),
                unappliedOfPayment.get(paymentId), totals()));
    }

    /** A credit note reduces what is open on its invoice; any excess goes to the credit balance. */
    public void creditNote(UUID invoiceId, String amount, LocalDate issueDate) {
        BigDecimal note = new BigDecimal(amount);
        BigDecimal applied = note.min(open.get(invoiceId));
        BigDecimal excess = note.subtract(applied);
        open.merge(invoiceId, applied.negate(), BigDecimal::add);
        credit = credit.add(excess);
        creditChanges.add(new Change(null, issueDate, excess));
        itemChanges.add(new Change(invoiceId, issueDate, applied.negate()));
        UUID creditNoteId = UUID.randomUUID();
        String creditNoteNumber = "CN-" + issueDate.getYear() + "-" + creditNoteId.toString().substring(0, 6);
        TaxSubtotal tax = taxAt19(note);
        topics.publish("invoicing", invoiceId, new CreditNoteIssued(creditNoteId, creditNoteNumber, invoiceId,
                numbers.get(invoiceId), customerId, legalEntity, currency, issueDate, "goods returned",
                List.of(new InvoiceLine(1, "Goods returned", BigDecimal.ONE, tax.taxableAmount(),
                        tax.taxableAmount(), tax.taxRate())), List.of(tax), tax.taxableAmount(), tax.taxAmount(),
                note));
        publish(new CreditNoteApplied(accountId, customerId, legalEntity, currency, creditNoteId, creditNoteNumber,
                invoiceId, numbers.get(invoiceId), issueDate, note, applied, excess, open.get(invoiceId), totals()));
    }

    /** The bank returned the payment: what it settled is open again, its unapplied rest leaves the account. */
    public void paymentReturned(UUID paymentId, LocalDate returnedOn) {
        List<ReopenedItem> reopened = new ArrayList<>();
        applications.getOrDefault(paymentId, Map.of()).forEach((invoiceId, amount) -> {
            open.merge(invoiceId, amount, BigDecimal::add);
            itemChanges.add(new Change(invoiceId, returnedOn, amount));
            reopened.add(new ReopenedItem(invoiceId, numbers.get(invoiceId), amount, open.get(invoiceId)));
        });
        applications.remove(paymentId);
        returned.add(paymentId);
        BigDecimal rest = unappliedOfPayment.put(paymentId, BigDecimal.ZERO);
        unapplied = unapplied.subtract(rest);
        cashChanges.add(new Change(null, returnedOn, rest.negate()));
        publish(new PaymentReturned(accountId, paymentId, customerId, legalEntity, currency,
                amountOfPayment.get(paymentId), returnedOn, "account closed", reopened, rest, totals(), null));
    }

    /** An application taken back: the invoice open again by what the payment had applied to it, the cash unapplied. */
    public void unapply(UUID paymentId, UUID invoiceId, LocalDate on) {
        BigDecimal amount = applications.get(paymentId).remove(invoiceId);
        open.merge(invoiceId, amount, BigDecimal::add);
        unappliedOfPayment.merge(paymentId, amount, BigDecimal::add);
        unapplied = unapplied.add(amount);
        itemChanges.add(new Change(invoiceId, on, amount));
        cashChanges.add(new Change(null, on, amount));
        publish(new PaymentUnapplied(accountId, paymentId, customerId, legalEntity, currency, 1, invoiceId,
                numbers.get(invoiceId), amount, on, "applied to the wrong invoice", open.get(invoiceId),
                unappliedOfPayment.get(paymentId), totals(), null));
    }

    /** Payments (not returned) with the invoices they are applied to. */
    public Map<UUID, List<UUID>> appliedPayments() {
        Map<UUID, List<UUID>> applied = new TreeMap<>();
        applications.forEach((payment, invoices) -> {
            if (!returned.contains(payment) && !invoices.isEmpty()) {
                applied.put(payment, invoices.keySet().stream().sorted().toList());
            }
        });
        return applied;
    }

    /** A gross amount taxed at 19%: net rounded half-up to the cent, the tax the rest. */
    private static TaxSubtotal taxAt19(BigDecimal gross) {
        BigDecimal net = gross.divide(new BigDecimal("1.19"), 2, RoundingMode.HALF_UP);
        return new TaxSubtotal(new BigDecimal("19.00"), net, gross.subtract(net));
    }

    /** Kafka delivers at least once: the last event again, under the same event id. */
    public void redeliverLast() {
        topics.publish("payments", accountId, lastEvent, lastEventId);
    }

    public BigDecimal openAmount(UUID invoiceId) {
        return open.get(invoiceId);
    }

    public BigDecimal unappliedOf(UUID paymentId) {
        return unappliedOfPayment.get(paymentId);
    }

    public LocalDate issueDate(UUID invoiceId) {
        return issued.get(invoiceId);
    }

    public LocalDate dueDate(UUID invoiceId) {
        return due.get(invoiceId);
    }

    public List<UUID> invoices() {
        return List.copyOf(open.keySet());
    }

    public List<Change> itemChanges() {
        return List.copyOf(itemChanges);
    }

    public List<Change> cashChanges() {
        return List.copyOf(cashChanges);
    }

    public List<Change> creditChanges() {
        return List.copyOf(creditChanges);
    }

    /** Payments received and not returned that still have an unapplied rest. */
    public List<UUID> paymentsWithUnappliedCash() {
        return unappliedOfPayment.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Payments not yet returned. */
    public List<UUID> returnablePayments() {
        return amountOfPayment.keySet().stream().filter(p -> !returned.contains(p)).sorted().toList();
    }

    private AccountTotals totals() {
        BigDecimal items = open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AccountTotals(items, unapplied, credit, items.subtract(unapplied).subtract(credit));
    }

    private void publish(PublishedEvent event) {
        lastEvent = event;
        lastEventId = topics.publish("payments", accountId, event);
    }
}
