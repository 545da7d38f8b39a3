package org.o2c.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;

/**
 * Any history of invoices, credit notes, payments, applications, returns, supplier invoices and supplier payments,
 * played as the subledgers would publish it, posts balanced entries only (invariant 1); its trial balance has equal
 * debits and credits; and AR control holds the open items, the liability accounts the unapplied cash and credit
 * balances, AP control the open supplier invoices (invariant 3), each item by item.
 */
class PostingBalanceProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Property(tries = 300)
    void everyHistoryPostsBalancedEntriesThatAgreeWithTheSubledgers(@ForAll("histories") List<Integer> steps) {
        History history = new History();
        for (int i = 0; i < steps.size(); i++) {
            history.play(steps.get(i), START.plusDays(i));
        }
        Map<String, BigDecimal> balances = new HashMap<>();
        Map<UUID, BigDecimal> arByItem = new HashMap<>();
        Map<UUID, BigDecimal> apByItem = new HashMap<>();
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (PublishedEvent event : history.events) {
            JournalEntryPosted entry = PostingRulesTest.post(event);
            if (entry == null) {
                continue;
            }
            JournalEntry.requireBalanced(entry);
            for (JournalLine line : entry.lines()) {
                BigDecimal signed = JournalLine.DEBIT.equals(line.side()) ? line.amount() : line.amount().negate();
                balances.merge(line.account(), signed, BigDecimal::add);
                if (line.account().equals("1100")) {
                    arByItem.merge(line.openItemId(), signed, BigDecimal::add);
                } else if (line.account().equals("2000")) {
                    apByItem.merge(line.openItemId(), signed.negate(), BigDecimal::add);
                }
                debits = debits.add(signed.max(BigDecimal.ZERO));
                credits = credits.add(signed.min(BigDecimal.ZERO).negate());
            }
        }
        assertThat(debits).isEqualByComparingTo(credits);
        assertThat(balances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
        history.open.forEach((item, open) ->
                assertThat(arByItem.getOrDefault(item, BigDecimal.ZERO)).as("AR of " + item)
                        .isEqualByComparingTo(open));
        history.supplierOpen.forEach((item, open) ->
                assertThat(apByItem.getOrDefault(item, BigDecimal.ZERO)).as("AP of " + item)
                        .isEqualByComparingTo(open));
        assertThat(balances.getOrDefault("2100", BigDecimal.ZERO).negate()).isEqualByComparingTo(history.unapplied());
        assertThat(balances.getOrDefault("2110", BigDecimal.ZERO).negate()).isEqualByComparingTo(history.credit);
    }

    @Provide
    Arbitrary<List<Integer>> histories() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(40);
    }

    /** One customer's and one supplier's documents, as payments and payables would publish them. */
    private static final class History {
        final List<PublishedEvent> events = new ArrayList<>();
        final Map<UUID, BigDecimal> open = new LinkedHashMap<>();
        final Map<UUID, BigDecimal> supplierOpen = new LinkedHashMap<>();
        final Map<UUID, BigDecimal> paymentUnapplied = new LinkedHashMap<>();
        final Map<UUID, BigDecimal> paymentAmount = new HashMap<>();
        final Map<UUID, Map<UUID, BigDecimal>> applied = new HashMap<>();
        final UUID account = UUID.randomUUID();
        final UUID customer = UUID.randomUUID();
        final UUID supplier = UUID.randomUUID();
        BigDecimal credit = BigDecimal.ZERO;

        BigDecimal unapplied() {
            return paymentUnapplied.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        void play(int step, LocalDate day) {
            BigDecimal amount = BigDecimal.valueOf(step % 100_000 + 1, 2);
            List<UUID> openItems = open.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                    .map(Map.Entry::getKey).toList();
            switch (step % 7) {
                case 0 -> invoice(amount, day);
                case 1 -> creditNote(openItems, amount, day);
                case 2 -> pay(openItems, amount, day, step % 3 == 0);
                case 3 -> returnPayment(step, day);
                case 4 -> supplierInvoice(amount, day);
                case 5 -> paySupplier(amount, day);
                default -> pay(openItems, amount, day, false);
            }
        }

        private void invoice(BigDecimal gross, LocalDate day) {
            UUID id = UUID.randomUUID();
            TaxSubtotal tax = taxOf(gross);
            open.put(id, gross);
            events.add(new InvoiceIssued(id, "INV-" + id, customer, "DE01", "EUR", day, day, List.of(new InvoiceLine(1,
                    "x", BigDecimal.ONE, tax.taxableAmount(), tax.taxableAmount(), tax.taxRate())), List.of(tax),
                    tax.taxableAmount(), tax.taxAmount(), gross));
        }

        private void creditNote(List<UUID> openItems, BigDecimal note, LocalDate day) {
            if (openItems.isEmpty()) {
                return;
            }
            UUID invoice = openItems.get(0);
            UUID id = UUID.randomUUID();
            TaxSubtotal tax = taxOf(note);
            BigDecimal applied = note.min(open.get(invoice));
            BigDecimal excess = note.subtract(applied);
            open.merge(invoice, applied.negate(), BigDecimal::add);
            credit = credit.add(excess);
            events.add(new CreditNoteIssued(id, "CN-" + id, invoice, "INV-" + invoice, customer, "DE01", "EUR", day,
                    "r", List.of(), List.of(tax), tax.taxableAmount(), tax.taxAmount(), note));
            events.add(new CreditNoteApplied(account, customer, "DE01", "EUR", id, "CN-" + id, invoice,
                    "INV-" + invoice, day, note, applied, excess, open.get(invoice), null));
        }

        private void pay(List<UUID> openItems, BigDecimal amount, LocalDate day, boolean leaveUnapplied) {
            UUID payment = UUID.randomUUID();
            paymentAmount.put(payment, amount);
            paymentUnapplied.put(payment, amount);
            events.add(new PaymentReceived(account, payment, customer, "DE01", "EUR", amount, day, "ref", null, null));
            for (UUID invoice : openItems) {
                BigDecimal rest = paymentUnapplied.get(payment);
                if (leaveUnapplied || rest.signum() == 0) {
                    break;
                }
                BigDecimal take = rest.min(open.get(invoice));
                open.merge(invoice, take.negate(), BigDecimal::add);
                paymentUnapplied.merge(payment, take.negate(), BigDecimal::add);
                applied.computeIfAbsent(payment, p -> new LinkedHashMap<>()).merge(invoice, take, BigDecimal::add);
                events.add(new PaymentApplied(account, payment, customer, "DE01", "EUR", invoice, "INV-" + invoice,
                        take, day, true, open.get(invoice), paymentUnapplied.get(payment), null));
            }
        }

        private void returnPayment(int step, LocalDate day) {
            List<UUID> payments = new ArrayList<>(paymentAmount.keySet());
            if (payments.isEmpty()) {
                return;
            }
            UUID payment = payments.get(step % payments.size());
            List<ReopenedItem> reopened = new ArrayList<>();
            applied.getOrDefault(payment, Map.of()).forEach((invoice, amount) -> {
                open.merge(invoice, amount, BigDecimal::add);
                reopened.add(new ReopenedItem(invoice, "INV-" + invoice, amount, open.get(invoice)));
            });
            applied.remove(payment);
            BigDecimal rest = paymentUnapplied.remove(payment);
            events.add(new PaymentReturned(account, payment, customer, "DE01", "EUR", paymentAmount.remove(payment),
                    day, "returned", reopened, rest, null, null));
        }

        private void supplierInvoice(BigDecimal gross, LocalDate day) {
            UUID id = UUID.randomUUID();
            TaxSubtotal tax = taxOf(gross);
            supplierOpen.put(id, gross);
            events.add(new SupplierInvoiceRegistered(id, supplier, "S-" + id, "DE01", "EUR", day, day,
                    tax.taxableAmount(), tax.taxAmount(), gross, "clerk"));
        }

        private void paySupplier(BigDecimal amount, LocalDate day) {
            List<SupplierPaymentItem> items = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<UUID, BigDecimal> item : supplierOpen.entrySet()) {
                BigDecimal take = item.getValue().min(amount.subtract(total));
                if (take.signum() > 0) {
                    item.setValue(item.getValue().subtract(take));
                    items.add(new SupplierPaymentItem(item.getKey(), "S-" + item.getKey(), take, item.getValue()));
                    total = total.add(take);
                }
            }
            if (!items.isEmpty()) {
                events.add(new SupplierPaymentMade(UUID.randomUUID(), supplier, "DE01", "EUR", day, total, items));
            }
        }

        private static TaxSubtotal taxOf(BigDecimal gross) {
            BigDecimal net = gross.divide(new BigDecimal("1.19"), 2, RoundingMode.HALF_UP);
            return new TaxSubtotal(new BigDecimal("19"), net, gross.subtract(net));
        }
    }
}
