package org.o2c.payments.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.ProblemException;

/**
 * Random sequences of invoices (some delivered twice), credit notes, payments (some naming invoices), allocations
 * valid and invalid, short payments written off or kept as deductions, refunds and returns, sent to a real
 * event-sourced account (reloaded from its events for every command). Checked against an independent reckoning:
 * the account accepts exactly what the rules allow, and its event stream keeps invariants 2 and 4 and its totals.
 */
class ReceivableAccountProperties {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Configuration AXON = axon();
    private static final RestOfItem.Tolerance TOLERANCE = new RestOfItem.Tolerance(new BigDecimal("5.00"),
            new BigDecimal("100"));

    sealed interface Step permits Invoice, Redeliver, CreditNote, Payment, Allocate, Return, Short, Refund {
    }

    /** A payment pays an invoice all but {@code shortCents}: written off (within 5.00) or kept as a deduction. */
    record Short(int payment, int invoice, long shortCents, boolean writeOff) implements Step {
    }

    record Refund(int payment, long cents) implements Step {
    }

    record Invoice(long grossCents) implements Step {
    }

    record Redeliver(int invoice) implements Step {
    }

    record CreditNote(int invoice, long cents) implements Step {
    }

    record Payment(long cents, List<Integer> namedInvoices) implements Step {
    }

    record Allocate(int payment, List<int[]> parts) implements Step {
        @Override
        public String toString() {
            return "Allocate[" + payment + ", " + parts.stream().map(p -> p[0] + ":" + p[1]).toList() + "]";
        }
    }

    record Return(int payment) implements Step {
    }

    @Property(tries = 300)
    void everySequenceKeepsOpenAmountsPaymentsAndTotalsConsistent(
            @ForAll("steps") @Size(min = 1, max = 40) List<Step> steps) {
        UUID customer = UUID.randomUUID();
        AccountId account = AccountId.of(customer, EUR);
        Reckoning model = new Reckoning();
        List<UUID> invoices = new ArrayList<>();
        Map<UUID, String> numbers = new HashMap<>();
        Map<UUID, Long> grossOf = new HashMap<>();
        List<UUID> payments = new ArrayList<>();

        for (Step step : steps) {
            if (step instanceof Invoice invoice) {
                UUID id = UUID.randomUUID();
                String number = "INV-2026-" + String.format("%06d", invoices.size() + 1);
                invoices.add(id);
                numbers.put(id, number);
                grossOf.put(id, invoice.grossCents());
                send(recordOpenItem(account, customer, id, number, invoice.grossCents()), true);
                model.invoice(id, invoice.grossCents());
            } else if (step instanceof Redeliver again && !invoices.isEmpty()) {
                UUID id = invoices.get(again.invoice() % invoices.size());
                send(recordOpenItem(account, customer, id, numbers.get(id), grossOf.get(id)), true);
            } else if (step instanceof CreditNote note && !invoices.isEmpty()) {
                UUID id = invoices.get(note.invoice() % invoices.size());
                send(new ApplyCreditNote(account, UUID.randomUUID(), "CN", new InvoiceId(id), DAY,
                        cents(note.cents())), true);
                model.credit(id, note.cents());
            } else if (step instanceof Payment payment) {
                UUID id = UUID.randomUUID();
                payments.add(id);
                List<UUID> named = invoices.isEmpty() ? List.of() : payment.namedInvoices().stream()
                        .map(i -> invoices.get(i % invoices.size())).toList();
                String reference = String.join(", ", named.stream().map(numbers::get).toList());
                send(new ReceivePayment(account, new PaymentId(id), new CustomerId(customer), "DE01", EUR,
                        cents(payment.cents()), DAY, reference), true);
                model.payment(id, payment.cents(), named);
            } else if (step instanceof Allocate allocate && !payments.isEmpty() && !invoices.isEmpty()) {
                UUID paymentId = payments.get(allocate.payment() % payments.size());
                List<Allocation> allocations = new ArrayList<>();
                Map<UUID, Long> parts = new LinkedHashMap<>();
                boolean distinct = true;
                for (int[] part : allocate.parts()) {
                    UUID invoiceId = invoices.get(part[0] % invoices.size());
                    distinct &= parts.put(invoiceId, (long) part[1]) == null;
                    allocations.add(new Allocation(new InvoiceId(invoiceId), cents(part[1])));
                }
                boolean allowed = distinct && model.mayAllocate(paymentId, parts);
                send(new AllocatePayment(account, new PaymentId(paymentId), allocations, DAY), allowed);
                if (allowed) {
                    model.allocate(paymentId, parts);
                }
            } else if (step instanceof Short settle && !payments.isEmpty() && !invoices.isEmpty()) {
                UUID paymentId = payments.get(settle.payment() % payments.size());
                UUID invoiceId = invoices.get(settle.invoice() % invoices.size());
                long amount = model.open.get(invoiceId) - settle.shortCents();
                if (amount <= 0) {
                    continue;
                }
                RestOfItem rest = settle.writeOff() ? RestOfItem.writeOff(TOLERANCE, "short") : RestOfItem.deduction(
                        "short");
                boolean allowed = model.mayAllocate(paymentId, Map.of(invoiceId, amount))
                        && (!settle.writeOff() || settle.shortCents() <= 500);
                send(new AllocatePayment(account, new PaymentId(paymentId), List.of(new Allocation(
                        new InvoiceId(invoiceId), cents(amount), rest)), DAY), allowed);
                if (allowed) {
                    model.allocate(paymentId, Map.of(invoiceId, amount));
                    if (settle.writeOff()) {
                        model.writeOff(paymentId, invoiceId, settle.shortCents());
                    }
                }
            } else if (step instanceof Refund refund && !payments.isEmpty()) {
                UUID paymentId = payments.get(refund.payment() % payments.size());
                boolean allowed = !model.returned.containsKey(paymentId)
                        && refund.cents() <= model.unapplied.get(paymentId);
                send(new RequestRefund(account, UUID.randomUUID(), new PaymentId(paymentId), cents(refund.cents()),
                        "DE89…3000", "overpaid", "mia", DAY, new BigDecimal("1000000.00")), allowed);
                if (allowed) {
                    model.refund(paymentId, refund.cents());
                }
            } else if (step instanceof Return returned && !payments.isEmpty()) {
                UUID paymentId = payments.get(returned.payment() % payments.size());
                boolean allowed = !model.returned.containsKey(paymentId) && !model.refunded.containsKey(paymentId);
                send(new ReturnPayment(account, new PaymentId(paymentId), "returned", DAY), allowed);
                if (allowed) {
                    model.returnPayment(paymentId);
                }
            }
        }
        if (invoices.isEmpty() && payments.isEmpty()) {
            return;
        }
        checkEventStream(account, model);
    }

    /** Reads the account's events as any consumer would and checks them against the invariants and the model. */
    private static void checkEventStream(AccountId account, Reckoning model) {
        List<Object> events = AXON.eventStore().readEvents(account.toString()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
        Map<UUID, BigDecimal> gross = new HashMap<>();
        Map<UUID, BigDecimal> credited = new HashMap<>();
        Map<UUID, BigDecimal> paid = new HashMap<>();
        Map<UUID, BigDecimal> open = new HashMap<>();
        Map<UUID, BigDecimal> writtenOff = new HashMap<>();
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal excess = BigDecimal.ZERO;
        AccountTotals last = null;
        for (Object event : events) {
            if (event instanceof OpenItemRecorded e) {
                assertThat(gross).as("an invoice is recorded once").doesNotContainKey(e.invoiceId());
                gross.put(e.invoiceId(), e.grossAmount());
                open.put(e.invoiceId(), e.openAmount());
                last = e.account();
            } else if (event instanceof CreditNoteApplied e) {
                credited.merge(e.invoiceId(), e.appliedAmount(), BigDecimal::add);
                excess = excess.add(e.excessAmount());
                assertThat(e.appliedAmount().add(e.excessAmount())).isEqualByComparingTo(e.creditNoteAmount());
                open.put(e.invoiceId(), e.invoiceOpenAmount());
                last = e.account();
            } else if (event instanceof PaymentReceived e) {
                received = received.add(e.amount());
                last = e.account();
            } else if (event instanceof PaymentApplied e) {
                paid.merge(e.invoiceId(), e.amount(), BigDecimal::add);
                open.put(e.invoiceId(), e.invoiceOpenAmount());
                last = e.account();
            } else if (event instanceof PaymentReturned e) {
                returned = returned.add(e.amount());
                for (ReopenedItem item : e.reopened()) {
                    paid.merge(item.invoiceId(), item.amount().negate(), BigDecimal::add);
                    if (item.rest() != null) {
                        writtenOff.merge(item.invoiceId(), item.rest().amount().negate(), BigDecimal::add);
                    }
                    open.put(item.invoiceId(), item.invoiceOpenAmount());
                }
                last = e.account();
            } else if (event instanceof ItemWrittenOff e) {
                writtenOff.merge(e.invoiceId(), e.amount(), BigDecimal::add);
                open.put(e.invoiceId(), e.invoiceOpenAmount());
                last = e.account();
            } else if (event instanceof DeductionRaised e) {
                assertThat(e.amount()).as("a deduction is what stays open")
                        .isEqualByComparingTo(open.get(e.invoiceId()));
                last = e.account();
            } else if (event instanceof RefundIssued e) {
                refunded = refunded.add(e.amount());
                last = e.account();
            }
            if (last != null) {
                // balance = openItems - unappliedCash - creditBalance after every event
                assertThat(last.balance()).isEqualByComparingTo(
                        last.openItems().subtract(last.unappliedCash()).subtract(last.creditBalance()));
            }
        }
        BigDecimal openTotal = BigDecimal.ZERO;
        BigDecimal appliedTotal = BigDecimal.ZERO;
        for (UUID invoice : gross.keySet()) {
            BigDecimal o = open.get(invoice);
            BigDecimal c = credited.getOrDefault(invoice, BigDecimal.ZERO);
            BigDecimal p = paid.getOrDefault(invoice, BigDecimal.ZERO);
            BigDecimal w = writtenOff.getOrDefault(invoice, BigDecimal.ZERO);
            // invariant 2: open = gross - credit notes - applied payments (net of returns) - written off, within gross
            assertThat(o).as("open of " + invoice).isEqualByComparingTo(gross.get(invoice).subtract(c).subtract(p)
                    .subtract(w));
            assertThat(o.signum()).isGreaterThanOrEqualTo(0);
            assertThat(o).isLessThanOrEqualTo(gross.get(invoice));
            assertThat(o).as("the independent reckoning of " + invoice).isEqualByComparingTo(cents(model.open.get(invoice)));
            openTotal = openTotal.add(o);
            appliedTotal = appliedTotal.add(p);
        }
        assertThat(last).isNotNull();
        assertThat(last.openItems()).as("openItems = sum of open amounts").isEqualByComparingTo(openTotal);
        assertThat(last.creditBalance()).isEqualByComparingTo(excess);
        assertThat(last.unappliedCash()).isEqualByComparingTo(cents(model.unappliedTotal()));
        // invariant 4: payments received = applied + unapplied + returned + refunded
        assertThat(received).isEqualByComparingTo(appliedTotal.add(last.unappliedCash()).add(returned)
                .add(refunded));
    }

    private static void send(Object command, boolean allowed) {
        try {
            AXON.commandGateway().sendAndWait(command);
            assertThat(allowed).as("accepted, but the rules forbid " + command).isTrue();
        } catch (ProblemException e) {
            assertThat(allowed).as("refused (" + e.getMessage() + "), but the rules allow " + command).isFalse();
        }
    }

    private static RecordOpenItem recordOpenItem(AccountId account, UUID customer, UUID invoice, String number,
                                                 long grossCents) {
        return new RecordOpenItem(account, new CustomerId(customer), "DE01", EUR, new InvoiceId(invoice), number,
                DAY.minusDays(30), DAY, cents(grossCents));
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** The ledger's rules reckoned independently, in cents. */
    private static final class Reckoning {
        final Map<UUID, Long> open = new LinkedHashMap<>();
        final Map<UUID, Long> unapplied = new LinkedHashMap<>();
        final Map<UUID, Map<UUID, Long>> applied = new HashMap<>();
        final Map<UUID, Boolean> returned = new HashMap<>();
        final Map<UUID, Boolean> refunded = new HashMap<>();
        final Map<UUID, Map<UUID, Long>> writtenOff = new HashMap<>();

        void writeOff(UUID payment, UUID invoice, long amount) {
            open.merge(invoice, -amount, Long::sum);
            writtenOff.computeIfAbsent(payment, p -> new LinkedHashMap<>()).merge(invoice, amount, Long::sum);
        }

        void refund(UUID payment, long amount) {
            unapplied.merge(payment, -amount, Long::sum);
            refunded.put(payment, true);
        }

        void invoice(UUID id, long gross) {
            open.put(id, gross);
        }

        void credit(UUID invoice, long amount) {
            open.put(invoice, open.get(invoice) - Math.min(amount, open.get(invoice)));
        }

        void payment(UUID id, long amount, List<UUID> named) {
            unapplied.put(id, amount);
            applied.put(id, new LinkedHashMap<>());
            List<UUID> openNamed = named.stream().distinct().filter(i -> open.get(i) > 0).toList();
            long total = openNamed.stream().mapToLong(open::get).sum();
            if (!openNamed.isEmpty() && total <= amount) {
                Map<UUID, Long> parts = new LinkedHashMap<>();
                openNamed.forEach(i -> parts.put(i, open.get(i)));
                allocate(id, parts);
            }
        }

        boolean mayAllocate(UUID payment, Map<UUID, Long> parts) {
            if (returned.containsKey(payment)) {
                return false;
            }
            long total = 0;
            for (Map.Entry<UUID, Long> part : parts.entrySet()) {
                if (part.getValue() <= 0 || part.getValue() > open.get(part.getKey())) {
                    return false;
                }
                total += part.getValue();
            }
            return total <= unapplied.get(payment);
        }

        void allocate(UUID payment, Map<UUID, Long> parts) {
            parts.forEach((invoice, amount) -> {
                open.merge(invoice, -amount, Long::sum);
                unapplied.merge(payment, -amount, Long::sum);
                applied.get(payment).merge(invoice, amount, Long::sum);
            });
        }

        void returnPayment(UUID payment) {
            returned.put(payment, true);
            unapplied.put(payment, 0L);
            applied.get(payment).forEach((invoice, amount) -> open.merge(invoice, amount, Long::sum));
            writtenOff.getOrDefault(payment, Map.of()).forEach((invoice, amount) -> open.merge(invoice, amount,
                    Long::sum));
        }

        long unappliedTotal() {
            return unapplied.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 50);
        Arbitrary<Step> invoice = Arbitraries.longs().between(0, 50_000).map(Invoice::new);
        Arbitrary<Step> redeliver = index.map(Redeliver::new);
        Arbitrary<Step> creditNote = Combinators.combine(index, Arbitraries.longs().between(1, 60_000))
                .as(CreditNote::new);
        Arbitrary<Step> payment = Combinators.combine(Arbitraries.longs().between(1, 80_000),
                index.list().ofMaxSize(3)).as(Payment::new);
        Arbitrary<int[]> part = Combinators.combine(index, Arbitraries.integers().between(-100, 40_000))
                .as((i, amount) -> new int[] {i, amount});
        Arbitrary<Step> allocate = Combinators.combine(index, part.list().ofMinSize(1).ofMaxSize(3))
                .as(Allocate::new);
        Arbitrary<Step> returned = index.map(Return::new);
        Arbitrary<Step> settle = Combinators.combine(index, index, Arbitraries.longs().between(1, 1_000),
                Arbitraries.of(true, false)).as(Short::new);
        Arbitrary<Step> refund = Combinators.combine(index, Arbitraries.longs().between(1, 30_000)).as(Refund::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, invoice), net.jqwik.api.Tuple.of(1, redeliver),
                net.jqwik.api.Tuple.of(2, creditNote), net.jqwik.api.Tuple.of(4, payment),
                net.jqwik.api.Tuple.of(5, allocate), net.jqwik.api.Tuple.of(1, returned),
                net.jqwik.api.Tuple.of(2, settle), net.jqwik.api.Tuple.of(1, refund));
        return step.list();
    }

    private static Configuration axon() {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(ReceivableAccount.class)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }
}
