package org.o2c.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.Test;
import org.o2c.testing.bank.Camt053File;

/**
 * A day's camt.053 statement for two customers, imported into the running payments-service: paid in full, paid in
 * time less the early-payment discount, paid short within the write-off tolerance, paid short beyond it, a payer
 * nobody knows and a bank charge. Then every service that keeps the money agrees: the customers' accounts, the
 * aging and the statements of account in reporting, the general ledger (AR control and the bank account's own
 * clearing account), the bank reconciliation against that ledger account, and collections, which holds the short
 * payment as a dispute.
 */
class CashApplicationStoryTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final Platform platform = Platform.shared();
    private final LocalDate today = LocalDate.now();
    private final String entity = "CA" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();

    private final Caller erp = Caller.of(platform.url("invoicing"), "erp-system", "integration");
    private final Caller treasurer = Caller.of(platform.url("payments"), "mia.manager", "ar-manager");
    private final Caller cashier = Caller.of(platform.url("payments"), "alex.clerk", "ar-clerk");
    private final Caller controller = Caller.of(platform.url("reporting"), "mia.manager", "ar-manager");
    private final Caller collector = Caller.of(platform.url("collections"), "colin.collector", "collector");

    @Test
    void aStatementIsAppliedAndTheAccountsTheAgingTheLedgerTheBankAndCollectionsAgree() {
        UUID krueger = customer("Brauhaus Krüger");
        UUID linde = customer("Café Linde");
        JsonPath paidInFull = invoice(krueger, today.minusDays(20), "10", "19", null);          // 1190.00
        // 2 % within 10 days of 500.00 net and 95.00 tax: 10.00 + 1.90
        JsonPath discounted = invoice(krueger, today.minusDays(5), "5", "19", "2");            // 595.00
        assertThat(discounted.getString("earlyPaymentDiscount.amount")).isEqualTo("11.90");
        JsonPath nearly = invoice(linde, today.minusDays(25), "2", "7", null);                  // 214.00
        JsonPath halfPaid = invoice(linde, today.minusDays(40), "10", "7", null);               // 1070.00
        await().atMost(EVENTUALLY).until(() -> openItems(krueger).size() == 2 && openItems(linde).size() == 2);

        String iban = Iban.random(CountryCode.DE).toString();
        String bankAccount = treasurer.post("/api/v1/bank-accounts", """
                {"legalEntity": "%s", "name": "Main account", "accountNumber": "%s", "currency": "EUR",
                 "clearingAccount": "1210"}""".formatted(entity, iban), 201).getString("bankAccountId");
        treasurer.put("/api/v1/cash-application-settings/" + entity, """
                {"autoApplyThreshold": 85, "allocationOrder": "OLDEST_DUE_FIRST",
                 "writeOffToleranceAmount": "5.00", "writeOffTolerancePercent": "1"}""", 200);
        byte[] statement = new Camt053File("STMT-" + entity, iban, "EUR", today, "1000.00")
                .credit("1190.00", "Rechnung " + number(paidInFull), null, "Brauhaus Krueger", null)
                .credit("583.10", number(discounted) + " abzgl. 2% Skonto", null, "Brauhaus Krueger", null)
                .credit("212.00", "RE " + number(nearly), null, "Cafe Linde", null)
                .credit("970.00", number(halfPaid) + " Pfand abgezogen", null, "Cafe Linde", null)
                .credit("77.00", "Danke", null, "Unbekannt", null)
                .debit("25.00", "Kontofuehrung", "Bank").bytes();
        JsonPath imported = cashier.upload("/api/v1/bank-statements", statement, "application/xml", 201);
        assertThat(imported.getInt("appliedAutomatically")).isEqualTo(4);
        assertThat(imported.getInt("waiting")).isEqualTo(1);

        // the receivables ledger: Krüger owes nothing, Linde the 100.00 it deducted
        assertThat(openItems(krueger)).isEmpty();
        JsonPath lindeAccount = cashier.get("/api/v1/accounts/" + linde);
        assertThat(lindeAccount.getList("accounts[0].openItems.items.invoiceNumber"))
                .containsExactly(number(halfPaid));
        assertThat(lindeAccount.getString("accounts[0].totals.balance")).isEqualTo("100.00");

        // reporting: the aging, both statements of account and AR control all say 100.00
        Map<String, String> asOf = Map.of("asOf", today.toString(), "legalEntity", entity);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(money(controller.get("/api/v1/reports/ar-aging",
                asOf), "totals[0].amounts.total")).isEqualByComparingTo("100.00"));
        JsonPath lindeStatement = statementOf(linde);
        assertThat(lindeStatement.getString("balances[0].closingBalance")).isEqualTo("100.00");
        assertThat(lindeStatement.getList("lines.items.kind")).contains("WRITTEN_OFF");
        JsonPath kruegerStatement = statementOf(krueger);
        assertThat(kruegerStatement.getString("balances[0].closingBalance")).isEqualTo("0.00");
        assertThat(kruegerStatement.getList("lines.items.kind")).contains("DISCOUNT_GRANTED");
        Map<String, String> period = Map.of("legalEntity", entity, "from", today.minusDays(60).toString(),
                "asOf", today.toString());
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath trialBalance = controller.get("/api/v1/ledger/trial-balance", period);
            assertThat(trialBalance.getList("currencies.balanced", Boolean.class)).containsExactly(true);
            assertThat(closing(trialBalance, "1100")).as("AR control").isEqualByComparingTo("100.00");
            assertThat(closing(trialBalance, "1210")).as("the bank account's clearing account")
                    .isEqualByComparingTo("2955.10");
            assertThat(closing(trialBalance, "4900")).as("cash discounts").isEqualByComparingTo("10.00");
            assertThat(closing(trialBalance, "6800")).as("written off").isEqualByComparingTo("2.00");
        });

        // the bank: the ledger's entries on its clearing account, and the lines that wait, add up to its balance
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath bank = cashier.get("/api/v1/bank-reconciliation", Map.of("bankAccountId", bankAccount,
                    "asOf", today.toString()));
            assertThat(bank.getString("statementBalance")).isEqualTo("4007.10");
            assertThat(bank.getString("unreconciledStatementLines")).isEqualTo("52.00");
            assertThat(bank.getString("unreconciledBookEntries")).isEqualTo("0.00");
            assertThat(bank.getString("bookBalance")).isEqualTo("3955.10");
            assertThat(bank.getString("difference")).isEqualTo("0.00");
            assertThat(money(bank, "bookBalance").subtract(money(bank, "openingBalance")))
                    .as("the book's movement is the ledger's 1210").isEqualByComparingTo("2955.10");
        });

        // collections: the deduction is a dispute, and the invoice stays off the dunning letters meanwhile
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath disputes = collector.get("/api/v1/disputes", Map.of("customerId", linde.toString()));
            assertThat(disputes.getList("items.reasonCode")).containsExactly("SHORT_PAYMENT");
            assertThat(disputes.getString("items[0].amount")).isEqualTo("100.00");
            assertThat(disputes.getString("items[0].invoiceNumber")).isEqualTo(number(halfPaid));
        });
    }

    private UUID customer(String name) {
        return UUID.fromString(erp.post("/api/v1/customers", """
                {"name": "%s", "legalEntity": "%s", "currency": "EUR", "paymentTermsNetDays": 30}"""
                .formatted(name, entity), 201).getString("id"));
    }

    /** Lines of a keg at 100.00; with a discount percent, offered for 10 days. */
    private JsonPath invoice(UUID customer, LocalDate issueDate, String quantity, String taxRate, String discount) {
        return erp.post("/api/v1/invoices", """
                {"customerId": "%s", "issueDate": "%s", "lines": [
                  {"description": "Fass Pils 50 l", "quantity": "%s", "unitPrice": "100.00", "taxRate": "%s"}]%s}"""
                .formatted(customer, issueDate, quantity, taxRate, discount == null ? ""
                        : ", \"earlyPaymentDiscount\": {\"percent\": \"" + discount + "\", \"days\": 10}"), 201);
    }

    private List<String> openItems(UUID customer) {
        JsonPath account = cashier.getIfFound("/api/v1/accounts/" + customer);
        List<String> items = account == null ? null : account.getList("accounts[0].openItems.items.invoiceId");
        return items == null ? List.of() : items;
    }

    private JsonPath statementOf(UUID customer) {
        return controller.get("/api/v1/customers/" + customer + "/statement", Map.of("from",
                today.minusDays(60).toString(), "to", today.toString()));
    }

    private static String number(JsonPath invoice) {
        return invoice.getString("invoiceNumber");
    }

    private static BigDecimal closing(JsonPath trialBalance, String account) {
        return money(trialBalance, "currencies[0].accounts.find { it.account == '" + account + "' }.closing");
    }

    private static BigDecimal money(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }
}
