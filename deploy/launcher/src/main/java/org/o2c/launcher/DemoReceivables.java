package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * What happened to the demo invoices, as the AR clerk records it: credit notes for damaged goods and price
 * corrections; most overdue invoices paid, in full with the invoice number as reference (applied automatically) or in
 * part (applied by hand); a few paid early; overpayments and advances left as unapplied cash; one payment returned by
 * the bank. Invoices left unpaid feed the collections demo.
 */
final class DemoReceivables {
    private static final List<String> CREDIT_REASONS = List.of("damaged goods", "price correction",
            "short delivery", "returned empties");

    private final DemoUser clerk;
    private final LocalDate today;
    private final List<DemoData.Invoice> unpaidOverdue = new ArrayList<>();
    private final Map<DemoData.Invoice, BigDecimal> notYetDue = new LinkedHashMap<>();

    DemoReceivables(DemoUser clerk, LocalDate today) {
        this.clerk = clerk;
        this.today = today;
    }

    /** Returns a one-line summary of what was recorded. */
    String settle(List<DemoData.Customer> customers, List<DemoData.Invoice> invoices, Random random) {
        Map<String, List<DemoData.Invoice>> byCustomer = invoices.stream()
                .collect(Collectors.groupingBy(i -> i.customer().id(), LinkedHashMap::new, Collectors.toList()));
        awaitLedger(byCustomer, Map.of());

        Map<String, BigDecimal> open = new HashMap<>();
        invoices.forEach(invoice -> open.put(invoice.id(), invoice.gross()));
        int creditNotes = 0;
        for (int i = 0; i < 12; i++) {
            DemoData.Invoice invoice = invoices.get(random.nextInt(invoices.size()));
            BigDecimal amount = invoice.gross().multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
            if (amount.signum() <= 0 || open.get(invoice.id()).compareTo(invoice.gross()) != 0) {
                continue;
            }
            clerk.post(StackService.INVOICING, "/api/v1/invoices/" + invoice.id() + "/credit-notes",
                    "demo-credit-note-" + (i + 1), Map.of("reason", CREDIT_REASONS.get(i % CREDIT_REASONS.size()),
                            "amount", amount.toPlainString()));
            open.put(invoice.id(), invoice.gross().subtract(amount));
            creditNotes++;
        }
        // payments name invoices by number; the ledger must have applied the credit notes first, or the amounts
        // would not cover the open amounts
        awaitLedger(byCustomer, open);

        int paidByReference = 0;
        int paidInPart = 0;
        int overpaid = 0;
        String returnable = null;
        int n = 0;
        for (DemoData.Invoice invoice : invoices) {
            double chance = random.nextDouble();
            boolean overdue = invoice.dueDate().isBefore(today);
            BigDecimal due = open.get(invoice.id());
            if (overdue && chance < 0.58 || !overdue && chance < 0.12) {
                BigDecimal extra = overpaid < 3 && chance < 0.03 ? new BigDecimal("25.00") : BigDecimal.ZERO;
                JsonNode payment = receive(++n, invoice.customer(), due.add(extra), valueDate(invoice, random),
                        "Payment " + invoice.number());
                overpaid += extra.signum();
                paidByReference++;
                if (returnable == null && overdue) {
                    returnable = payment.path("paymentId").asText();
                }
            } else if (overdue && chance < 0.75) {
                BigDecimal part = due.multiply(BigDecimal.valueOf(30 + random.nextInt(41)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                JsonNode payment = receive(++n, invoice.customer(), part, valueDate(invoice, random),
                        "Remittance " + (4000 + n));
                clerk.post(StackService.PAYMENTS, "/api/v1/payments/" + payment.path("paymentId").asText()
                        + "/allocations", "demo-allocation-" + n, Map.of("allocations", List.of(Map.of(
                        "invoiceId", invoice.id(), "amount", part.toPlainString()))));
                paidInPart++;
            } else if (overdue) {
                unpaidOverdue.add(invoice);
            } else {
                notYetDue.put(invoice, due);
            }
        }
        // advances: money before the invoices it is meant for
        for (int i = 0; i < 2; i++) {
            DemoData.Customer customer = customers.get(customers.size() - 1 - i);
            receive(++n, customer, new BigDecimal("1500.00"), today.minusDays(3), "Advance for order PO-" + (7700 + i));
        }
        int returned = 0;
        if (returnable != null) {
            clerk.post(StackService.PAYMENTS, "/api/v1/payments/" + returnable + "/reversal", "demo-return-1",
                    Map.of("reason", "insufficient funds", "returnedOn", today.toString()));
            returned++;
        }
        return "%d credit notes; %d payments (%d applied by reference, %d in part, %d overpaid, 2 advances), %d returned"
                .formatted(creditNotes, n, paidByReference, paidInPart, overpaid, returned);
    }

    /** Invoices not yet due that got no payment, with what is open on them (after credit notes). */
    Map<DemoData.Invoice, BigDecimal> notYetDue() {
        return notYetDue;
    }

    /** Overdue invoices that got no payment at all, oldest first. */
    List<DemoData.Invoice> unpaidOverdue() {
        return unpaidOverdue;
    }

    private JsonNode receive(int n, DemoData.Customer customer, BigDecimal amount, LocalDate valueDate, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer.id());
        body.put("amount", amount.toPlainString());
        body.put("currency", customer.legalEntity().currency());
        body.put("valueDate", valueDate.toString());
        body.put("payerReference", reference);
        return clerk.postWhenKnown(StackService.PAYMENTS, "/api/v1/payments", "demo-payment-" + n, body);
    }

    /** Customers pay around the due date, some late; never in the future, never before the invoice. */
    private LocalDate valueDate(DemoData.Invoice invoice, Random random) {
        LocalDate paid = invoice.dueDate().plusDays(random.nextInt(20) - 5);
        if (paid.isAfter(today)) {
            paid = today;
        }
        return paid.isBefore(invoice.issueDate()) ? invoice.issueDate() : paid;
    }

    /**
     * Waits until the receivables ledger holds every invoice of every customer, at the expected open amount where
     * one is given (gross otherwise).
     */
    private void awaitLedger(Map<String, List<DemoData.Invoice>> byCustomer, Map<String, BigDecimal> open) {
        byCustomer.forEach((customerId, invoices) -> {
            BigDecimal expected = invoices.stream().map(i -> open.getOrDefault(i.id(), i.gross()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            clerk.awaitGet(StackService.PAYMENTS, "/api/v1/accounts/" + customerId + "?size=1", account -> {
                JsonNode totals = account.path("accounts").path(0);
                return totals.path("openItems").path("totalItems").asLong() == invoices.size()
                        && new BigDecimal(totals.path("totals").path("openItems").asText("0")).compareTo(expected) == 0;
            });
        });
    }
}
