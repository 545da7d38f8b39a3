package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.o2c.testing.auth.TokenIssuer;

/**
 * Loads a demo data set through the public REST APIs, as the ERP and the finance team would: customers of two
 * legal entities with credit limits, six months of invoices, then what happened to them (credit notes, payments in
 * full, in part, too much and in advance, a returned payment, disputes, promises to pay, a dunning run) and the
 * payables side (suppliers, supplier invoices approved by a second person, supplier payments), so that every report
 * shows something; then the oldest month is closed once the general ledger reconciles. A fixed seed makes it the
 * same set every time (dates count back from today), and every POST carries an Idempotency-Key.
 */
final class DemoData {
    static final int CUSTOMERS = 36;
    static final int INVOICES = 300;
    static final long SEED = 20_261_122L;

    private final HttpClient http;
    private final TokenIssuer tokens;
    private final DemoUser erp;
    private final PrintStream out;

    DemoData(HttpClient http, TokenIssuer tokens, PrintStream out) {
        this.http = http;
        this.tokens = tokens;
        this.erp = DemoUser.of(http, tokens, "erp-system", "integration");
        this.out = out;
    }

    /** A registered customer. */
    record Customer(String id, String name, DemoCatalog.LegalEntity legalEntity) {
    }

    /** An issued invoice as invoicing answered it. */
    record Invoice(String id, String number, Customer customer, LocalDate issueDate, LocalDate dueDate,
                   BigDecimal gross) {
    }

    private record DraftInvoice(Customer customer, LocalDate issueDate, List<Map<String, Object>> lines) {
    }

    void loadUnlessPresent(LocalDate today) {
        long existing = erp.get(StackService.INVOICING, "/api/v1/invoices?size=1").path("totalItems").asLong();
        if (existing > 0) {
            out.println("demo data already loaded (" + existing + " invoices)");
            return;
        }
        Instant start = Instant.now();
        Random random = new Random(SEED);
        List<Customer> customers = registerCustomers(random);
        DemoCredit credit = new DemoCredit(DemoUser.of(http, tokens, "carla.credit", "credit-manager"),
                DemoUser.of(http, tokens, "chris.credit", "credit-manager"));
        credit.setLimits(customers, random);
        List<DraftInvoice> drafts = draftInvoices(random, customers, today);
        List<Invoice> invoices = issue(drafts);
        DemoReceivables ledger = new DemoReceivables(DemoUser.of(http, tokens, "alex.clerk", "ar-clerk"), today);
        String receivables = ledger.settle(customers, invoices, random);
        String collections = new DemoCollections(DemoUser.of(http, tokens, "colin.collector", "collector"), today)
                .chase(ledger.unpaidOverdue());
        String payables = new DemoPayables(DemoUser.of(http, tokens, "paula.payables", "ap-clerk"),
                DemoUser.of(http, tokens, "arno.approver", "ap-approver"), today).load(random);
        String month = new DemoLedger(DemoUser.of(http, tokens, "mia.controller", "ar-manager"), today)
                .closeOldestMonth(DemoCatalog.LEGAL_ENTITIES);
        String bank = new DemoBankStatement(DemoUser.of(http, tokens, "mia.controller", "ar-manager"),
                DemoUser.of(http, tokens, "alex.clerk", "ar-clerk"), today).importToday(ledger.notYetDue());
        out.printf("demo data: %d customers with credit limits, %d invoices (%s to %s); %s; %s; %s; %s; %s; "
                        + "loaded in %.1f s%n", customers.size(), invoices.size(), drafts.get(0).issueDate(),
                drafts.get(drafts.size() - 1).issueDate(), receivables, collections, payables, month, bank,
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
        credit.reportHolds(customers, out);
    }

    private List<Customer> registerCustomers(Random random) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            DemoCatalog.LegalEntity entity = DemoCatalog.LEGAL_ENTITIES.get(i % 2);
            Map<String, Object> body = new LinkedHashMap<>();
            String name = entity.customers().get(i / 2);
            body.put("name", name);
            body.put("legalEntity", entity.code());
            body.put("currency", entity.currency());
            body.put("paymentTermsNetDays",
                    DemoCatalog.PAYMENT_TERMS.get(random.nextInt(DemoCatalog.PAYMENT_TERMS.size())));
            JsonNode created = erp.post(StackService.INVOICING, "/api/v1/customers", "demo-customer-" + (i + 1), body);
            customers.add(new Customer(created.path("id").asText(), name, entity));
        }
        return customers;
    }
    /** Oldest first: invoice numbers are handed out in the order of the requests, so they follow the dates. */
    private static List<DraftInvoice> draftInvoices(Random random, List<Customer> customers, LocalDate today) {
        LocalDate first = today.minusMonths(6);
        int days = (int) ChronoUnit.DAYS.between(first, today);
        List<DraftInvoice> invoices = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            // skewed towards the first customers: a few big accounts, a long tail of small ones
            Customer customer = customers.get((int) (Math.pow(random.nextDouble(), 1.8) * customers.size()));
            LocalDate issueDate = first.plusDays(1 + random.nextInt(days));
            List<DemoCatalog.Product> products = new ArrayList<>(customer.legalEntity().products());
            int lineCount = 1 + random.nextInt(4);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int l = 0; l < lineCount; l++) {
                DemoCatalog.Product product = products.remove(random.nextInt(products.size()));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("description", product.description());
                line.put("quantity", String.valueOf(1 + random.nextInt(product.maxQuantity())));
                line.put("unitPrice", product.unitPrice().toPlainString());
                line.put("taxRate", product.taxRate().toPlainString());
                lines.add(line);
            }
            invoices.add(new DraftInvoice(customer, issueDate, lines));
        }
        invoices.sort(Comparator.comparing(DraftInvoice::issueDate));
        return invoices;
    }

    /**
     * Numbers are gapless per legal entity and issue year, so each such series gets one lane that sends its invoices
     * in date order, and the lanes run side by side: concurrency without numbers out of date order.
     */
    private List<Invoice> issue(List<DraftInvoice> drafts) {
        Map<String, List<Callable<Invoice>>> lanes = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            DraftInvoice draft = drafts.get(i);
            String key = "demo-invoice-" + (i + 1);
            lanes.computeIfAbsent(draft.customer().legalEntity().code() + "/" + draft.issueDate().getYear(),
                    lane -> new ArrayList<>()).add(() -> issue(key, draft));
        }
        ExecutorService executor = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<List<Invoice>>> running = new ArrayList<>();
            for (List<Callable<Invoice>> lane : lanes.values()) {
                running.add(executor.submit(() -> {
                    List<Invoice> issued = new ArrayList<>();
                    for (Callable<Invoice> invoice : lane) {
                        issued.add(invoice.call());
                    }
                    return issued;
                }));
            }
            List<Invoice> invoices = new ArrayList<>();
            for (Future<List<Invoice>> lane : running) {
                invoices.addAll(lane.get());
            }
            invoices.sort(Comparator.comparing(Invoice::issueDate).thenComparing(Invoice::number));
            return invoices;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private Invoice issue(String idempotencyKey, DraftInvoice draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", draft.customer().id());
        body.put("issueDate", draft.issueDate().toString());
        body.put("lines", draft.lines());
        JsonNode issued = erp.post(StackService.INVOICING, "/api/v1/invoices", idempotencyKey, body);
        return new Invoice(issued.path("id").asText(), issued.path("invoiceNumber").asText(), draft.customer(),
                LocalDate.parse(issued.path("issueDate").asText()), LocalDate.parse(issued.path("dueDate").asText()),
                new BigDecimal(issued.path("grossAmount").asText()));
    }
}
