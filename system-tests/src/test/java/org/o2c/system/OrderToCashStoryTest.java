package org.o2c.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.o2c.testing.kafka.TopicReader;

/**
 * One customer's money followed through the six running services, as the AR team, the credit manager, the
 * collector and the AP team would work it, ending with the invariants checked across services, the general ledger
 * reconciled with the subledgers, a replay of every topic into an empty reporting database that must give the same
 * reports and the same ledger, and the oldest month closed, after which invoicing refuses an invoice dated in it.
 */
class OrderToCashStoryTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final Platform platform = Platform.shared();
    private final LocalDate today = LocalDate.now();
    private final String entity = "ST" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();

    private final Caller erp = Caller.of(platform.url("invoicing"), "erp-system", "integration");
    private final Caller arClerk = Caller.of(platform.url("invoicing"), "alex.clerk", "ar-clerk");
    private final Caller cashier = Caller.of(platform.url("payments"), "alex.clerk", "ar-clerk");
    private final Caller creditManager = Caller.of(platform.url("credit"), "carla.credit", "credit-manager");
    private final Caller creditCheck = Caller.of(platform.url("credit"), "erp-system", "integration");
    private final Caller collector = Caller.of(platform.url("collections"), "colin.collector", "collector");
    private final Caller apClerk = Caller.of(platform.url("payables"), "paul.payables", "ap-clerk");
    private final Caller apApprover = Caller.of(platform.url("payables"), "anna.approver", "ap-approver");
    private final Caller paulApproving = Caller.of(platform.url("payables"), "paul.payables", "ap-clerk",
            "ap-approver");
    private final Caller controller = Caller.of(platform.url("reporting"), "mia.manager", "ar-manager");

    @Test
    void aCustomersMoneyIsFollowedFromInvoiceToCashAndASupplierIsPaid() {
        // customers and a credit profile
        UUID brauhaus = customer("Brauhaus Krüger", 30);
        UUID cafe = customer("Café Linde", 14);
        // credit-service learns the customer from invoicing's topic: until then the profile is refused (422)
        await().atMost(EVENTUALLY).until(() -> creditManager.putStatus("/api/v1/credit-profiles/" + brauhaus, """
                {"creditLimit": "20000.00", "currency": "EUR"}""") == 200);
        JsonPath approved = creditCheck(brauhaus, "5000.00");
        assertThat(approved.getString("decision")).isEqualTo("APPROVED");

        // invoices: one overdue by 30 days, one by 10, one not yet due; one overdue for the other customer
        JsonPath overdue30 = invoice(brauhaus, today.minusDays(60), "10", "100.00", "19");     // 1190.00
        JsonPath overdue10 = invoice(brauhaus, today.minusDays(40), "20", "100.00", "19");     // 2380.00
        JsonPath notDue = invoice(brauhaus, today.minusDays(20), "5", "100.00", "19");         // 595.00
        JsonPath cafeOverdue = invoice(cafe, today.minusDays(50), "10", "100.00", "7");        // 1070.00
        await().atMost(EVENTUALLY).until(() -> openItemIds(brauhaus).size() == 3 && openItemIds(cafe).size() == 1);
        // the audit trail crosses services: the ledger's event names the ERP's request and user
        try (TopicReader invoicing = new TopicReader(platform.kafka(), "o2c.invoicing.events");
             TopicReader ledger = new TopicReader(platform.kafka(), "o2c.payments.events")) {
            TopicReader.Message issued = invoicing.readUntil(seen -> about(seen, id(overdue30)) != null, EVENTUALLY)
                    .stream().filter(m -> m.value().contains(id(overdue30))).findFirst().orElseThrow();
            TopicReader.Message recorded = about(ledger.readUntil(seen -> about(seen, id(overdue30)) != null,
                    EVENTUALLY), id(overdue30));
            assertThat(recorded.header("ce_type")).isEqualTo("OpenItemRecorded.v1");
            assertThat(recorded.header("ce_actinguser")).isEqualTo("erp-system");
            assertThat(recorded.header("ce_correlationid")).isEqualTo(issued.header("ce_correlationid"));
            assertThat(recorded.header("ce_causationid")).isEqualTo(issued.header("ce_id"));
        }

        // a partial payment, applied by the clerk: the remainder stays open, aged from the original due date
        JsonPath partial = cashier.post("/api/v1/payments", payment(brauhaus, "500.00", "remittance 4711"), 201);
        cashier.post("/api/v1/payments/" + partial.getString("paymentId") + "/allocations", """
                {"allocations": [{"invoiceId": "%s", "amount": "500.00"}]}""".formatted(id(overdue30)), 200);
        await().atMost(EVENTUALLY).until(() -> "PARTIALLY_PAID".equals(invoiceState(overdue30)));

        // a credit note for a short delivery
        JsonPath creditNote = arClerk.post("/api/v1/invoices/" + id(overdue10) + "/credit-notes", """
                {"reason": "short delivery", "amount": "238.00"}""", 201);
        assertThat(creditNote.getString("creditNoteNumber")).startsWith("CN-" + today.getYear() + "-");

        // an overpayment naming an invoice: applied automatically, the rest stays as unapplied cash ...
        JsonPath over = cashier.post("/api/v1/payments",
                payment(brauhaus, "700.00", "payment " + notDue.getString("invoiceNumber")), 201);
        await().atMost(EVENTUALLY).until(() -> "PAID".equals(invoiceState(notDue)));
        assertThat(money(cashier.get("/api/v1/payments/" + over.getString("paymentId")), "unappliedAmount"))
                .isEqualByComparingTo("105.00");
        // ... and used for a later invoice
        JsonPath later = invoice(brauhaus, today.minusDays(5), "1", "100.00", "19");            // 119.00
        await().atMost(EVENTUALLY).until(() -> openItemIds(brauhaus).contains(id(later)));
        cashier.post("/api/v1/payments/" + over.getString("paymentId") + "/allocations", """
                {"allocations": [{"invoiceId": "%s", "amount": "105.00"}]}""".formatted(id(later)), 200);

        // collections: a dispute on one invoice, a promise for the other customer's, then a dunning run
        await().atMost(EVENTUALLY).until(() -> overdueItemsInCollections() == 3);
        collector.post("/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "PRICE", "amount": "500.00", "note": "price list of March"}"""
                .formatted(id(overdue10)), 201);
        collector.post("/api/v1/promises-to-pay", """
                {"customerId": "%s", "amount": "1070.00", "promisedDate": "%s", "invoiceIds": ["%s"]}"""
                .formatted(cafe, today.plusDays(7), id(cafeOverdue)), 201);
        JsonPath run = collector.post("/api/v1/dunning-runs", """
                {"legalEntity": "%s", "asOf": "%s"}""".formatted(entity, today), 201);
        List<Map<String, Object>> letters = run.getList("letters");
        assertThat(letters).as("one letter, for the brauhaus only").hasSize(1);
        assertThat(run.getString("letters[0].customerId")).isEqualTo(brauhaus.toString());
        assertThat(run.getList("letters[0].items.invoiceId", String.class)).as("the disputed invoice is left out")
                .containsExactly(id(overdue30));
        assertThat(run.getInt("letters[0].level")).isEqualTo(2);
        assertThat(collector.post("/api/v1/dunning-runs", """
                {"legalEntity": "%s", "asOf": "%s"}""".formatted(entity, today), 201).getList("letters"))
                .as("never the same level twice for an item").isEmpty();

        // credit: a big order's invoice takes the customer over its limit
        invoice(brauhaus, today, "200", "100.00", "19");                                       // 23800.00
        await().atMost(EVENTUALLY).until(() -> money(creditManager.get("/api/v1/credit-profiles/" + brauhaus),
                "exposure").compareTo(new BigDecimal("20000.00")) > 0);
        JsonPath declined = creditCheck(brauhaus, "100.00");
        assertThat(declined.getString("decision")).isEqualTo("DECLINED");
        assertThat(declined.getList("reasons", String.class)).contains("EXPOSURE_ABOVE_LIMIT", "CUSTOMER_ON_HOLD");
        try (TopicReader credit = new TopicReader(platform.kafka(), "o2c.credit.events")) {
            List<TopicReader.Message> breaches = credit.readUntil(seen -> breachesOf(seen, brauhaus) == 1,
                    EVENTUALLY).stream().filter(m -> isBreachOf(m, brauhaus)).toList();
            assertThat(breaches).hasSize(1);
        }

        // payables: registered by one user, approved by another, paid in part
        JsonPath supplier = apClerk.post("/api/v1/suppliers", """
                {"name": "Mälzerei Weyermann", "legalEntity": "%s", "currency": "EUR", "paymentTermsNetDays": 30}"""
                .formatted(entity), 201);
        JsonPath supplierInvoice = apClerk.post("/api/v1/supplier-invoices", """
                {"supplierId": "%s", "supplierInvoiceNumber": "RE-2026-0815", "invoiceDate": "%s",
                 "currency": "EUR", "netAmount": "1000.00", "taxAmount": "190.00", "grossAmount": "1190.00"}"""
                .formatted(supplier.getString("id"), today.minusDays(45)), 201);
        String supplierInvoicePath = "/api/v1/supplier-invoices/" + supplierInvoice.getString("id");
        paulApproving.post(supplierInvoicePath + "/approval", "{}", 422);
        apApprover.post(supplierInvoicePath + "/approval", "{}", 200);
        apApprover.post("/api/v1/supplier-payments", """
                {"supplierId": "%s", "paymentDate": "%s", "items": [{"supplierInvoiceId": "%s", "amount": "500.00"}]}"""
                .formatted(supplier.getString("id"), today, supplierInvoice.getString("id")), 201);
        await().atMost(EVENTUALLY).until(() -> apAgingTotal().compareTo(new BigDecimal("690.00")) == 0);

        // the invariants, across services, and the general ledger posted from the same events
        await().atMost(EVENTUALLY).untilAsserted(() -> invariantsHold(List.of(brauhaus, cafe)));
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(controller.get("/api/v1/ledger/reconciliation",
                query("legalEntity=" + entity + "&asOf=" + today)).getBoolean("reconciled")).isTrue());
        JsonPath trialBalance = controller.get("/api/v1/ledger/trial-balance",
                query("legalEntity=" + entity + "&from=" + today.minusDays(89) + "&asOf=" + today));
        assertThat(trialBalance.getList("currencies.balanced", Boolean.class)).containsExactly(true);
        assertThat(money(trialBalance, "currencies[0].accounts.find { it.account == '1100' }.closing"))
                .as("AR control = aging total").isEqualByComparingTo(money(controller.get("/api/v1/reports/ar-aging",
                        query("asOf=" + today + "&legalEntity=" + entity)), "totals[0].amounts.total"));

        // the same reports from a replay of every topic into an empty reporting database
        String replica = platform.startReplica("reporting", "replay");
        Caller replayed = Caller.of(platform.url(replica), "mia.manager", "ar-manager");
        Map<String, String> reports = Map.of(
                "/api/v1/reports/ar-aging", "asOf=" + today + "&legalEntity=" + entity,
                "/api/v1/reports/dso", "from=" + today.minusDays(89) + "&to=" + today + "&legalEntity=" + entity,
                "/api/v1/reports/ap-aging", "asOf=" + today + "&legalEntity=" + entity,
                "/api/v1/customers/" + brauhaus + "/statement", "from=" + today.minusDays(89) + "&to=" + today,
                "/api/v1/ledger/trial-balance", "legalEntity=" + entity + "&from=" + today.minusDays(89)
                        + "&asOf=" + today,
                "/api/v1/ledger/reconciliation", "legalEntity=" + entity + "&asOf=" + today,
                "/api/v1/ledger/accounts/1100/lines", "legalEntity=" + entity + "&from=" + today.minusDays(89)
                        + "&to=" + today + "&size=500");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> reports.forEach((path, query) ->
                assertThat(replayed.getText(path, query(query))).as(path)
                        .isEqualTo(controller.getText(path, query(query)))));

        // the month of the oldest invoice closes; invoicing then refuses an invoice dated in it
        YearMonth oldest = YearMonth.from(today.minusDays(60));
        JsonPath closed = controller.post("/api/v1/ledger/" + entity + "/periods/" + oldest + "/close", """
                {"acknowledge": ["UNPOSTED_DOCUMENTS", "SUBLEDGER_DIFFERENCES", "OLD_UNAPPLIED_CASH", "OPEN_DISPUTES",
                 "UNAPPROVED_SUPPLIER_INVOICES"], "note": "story close"}""", 200);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        String backDated = """
                {"customerId": "%s", "issueDate": "%s", "lines": [
                  {"description": "Fass Pils 50 l", "quantity": "1", "unitPrice": "100.00", "taxRate": "19"}]}"""
                .formatted(brauhaus, oldest.atDay(15));
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(erp.postAnswer("/api/v1/invoices", backDated)
                .then().statusCode(422).extract().jsonPath().getString("violations[0].rule"))
                .isEqualTo("period-closed"));
    }

    private void invariantsHold(List<UUID> customers) {
        BigDecimal openItems = BigDecimal.ZERO;
        BigDecimal unapplied = BigDecimal.ZERO;
        for (UUID customer : customers) {
            JsonPath account = cashier.get("/api/v1/accounts/" + customer);
            BigDecimal customerOpen = money(account, "accounts[0].totals.openItems");
            BigDecimal customerUnapplied = money(account, "accounts[0].totals.unappliedCash");
            openItems = openItems.add(customerOpen);
            unapplied = unapplied.add(customerUnapplied);
            // payments received = applied + unapplied (+ returned)
            JsonPath payments = cashier.get("/api/v1/payments", Map.of("customerId", customer, "size", 100));
            BigDecimal received = sum(payments.getList("items.amount", String.class));
            BigDecimal applied = sum(payments.getList("items.applications.flatten().amount", String.class));
            BigDecimal left = sum(payments.getList("items.unappliedAmount", String.class));
            assertThat(received).as("received = applied + unapplied for " + customer)
                    .isEqualByComparingTo(applied.add(left));
            assertThat(left).isEqualByComparingTo(customerUnapplied);
            // exposure = open receivables - unapplied cash
            if (customer.equals(customers.get(0))) {
                assertThat(money(creditManager.get("/api/v1/credit-profiles/" + customer), "exposure"))
                        .isEqualByComparingTo(customerOpen.subtract(customerUnapplied));
            }
            // the statement closes at the account's balance
            JsonPath statement = controller.get("/api/v1/customers/" + customer + "/statement",
                    query("from=" + today.minusYears(1) + "&to=" + today));
            assertThat(money(statement, "balances[0].closingBalance"))
                    .isEqualByComparingTo(money(account, "accounts[0].totals.balance"));
        }
        JsonPath aging = controller.get("/api/v1/reports/ar-aging", query("asOf=" + today + "&legalEntity=" + entity));
        assertThat(money(aging, "totals[0].amounts.total")).as("aging total = sum of open items")
                .isEqualByComparingTo(openItems);
        assertThat(money(aging, "balances[0].unappliedCash")).as("unapplied cash shown apart")
                .isEqualByComparingTo(unapplied);
    }

    private UUID customer(String name, int netDays) {
        return UUID.fromString(erp.post("/api/v1/customers", """
                {"name": "%s", "legalEntity": "%s", "currency": "EUR", "paymentTermsNetDays": %d}"""
                .formatted(name, entity, netDays), 201).getString("id"));
    }

    private JsonPath invoice(UUID customer, LocalDate issueDate, String quantity, String price, String taxRate) {
        return erp.post("/api/v1/invoices", """
                {"customerId": "%s", "issueDate": "%s", "lines": [
                  {"description": "Fass Pils 50 l", "quantity": "%s", "unitPrice": "%s", "taxRate": "%s"}]}"""
                .formatted(customer, issueDate, quantity, price, taxRate), 201);
    }

    private JsonPath creditCheck(UUID customer, String amount) {
        return creditCheck.post("/api/v1/credit-checks", """
                {"customerId": "%s", "orderAmount": "%s", "currency": "EUR"}""".formatted(customer, amount), 200);
    }

    private static String payment(UUID customer, String amount, String reference) {
        return """
                {"customerId": "%s", "amount": "%s", "currency": "EUR", "valueDate": "%s", "payerReference": "%s"}"""
                .formatted(customer, amount, LocalDate.now(), reference);
    }

    /** The invoices the receivables ledger holds open for the customer (404 until it knows the customer). */
    private List<String> openItemIds(UUID customer) {
        JsonPath account = cashier.getIfFound("/api/v1/accounts/" + customer);
        List<String> items = account == null ? null : account.getList("accounts[0].openItems.items.invoiceId");
        return items == null ? List.of() : items;
    }

    private String invoiceState(JsonPath invoice) {
        return erp.get("/api/v1/invoices/" + id(invoice)).getString("settlementState");
    }

    private int overdueItemsInCollections() {
        return collector.get("/api/v1/collection-cases", Map.of("legalEntity", entity))
                .getList("items.overdueItems", Integer.class).stream().mapToInt(Integer::intValue).sum();
    }

    private BigDecimal apAgingTotal() {
        String total = controller.get("/api/v1/reports/ap-aging", query("asOf=" + today + "&legalEntity=" + entity))
                .getString("totals[0].amounts.total");
        return total == null ? BigDecimal.ZERO : new BigDecimal(total);
    }

    /** The first record that mentions the id in its value. */
    private static TopicReader.Message about(List<TopicReader.Message> seen, String id) {
        return seen.stream().filter(m -> m.value().contains(id)).findFirst().orElse(null);
    }

    private static int breachesOf(List<TopicReader.Message> seen, UUID customer) {
        return (int) seen.stream().filter(m -> isBreachOf(m, customer)).count();
    }

    private static boolean isBreachOf(TopicReader.Message message, UUID customer) {
        return "CreditLimitBreached.v1".equals(message.header("ce_type")) && message.key().equals(customer.toString());
    }

    private static String id(JsonPath document) {
        return document.getString("id");
    }

    private static BigDecimal money(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, String> query(String query) {
        return java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1]));
    }

}
