package org.o2c.payments.bankstatement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.payments.BankClearingLedger;
import org.o2c.payments.Receivables;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.bank.Camt053File;
import org.o2c.testing.kafka.TopicWriter;

/**
 * A bank statement taken in over REST: the sure lines applied through the customers' accounts, the others waiting
 * with their reasons, a clerk working the queue, and every way a file is refused without storing anything.
 */
@QuarkusTest
class BankStatementImportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    private Receivables ledger;
    private BankClearingLedger generalLedger;
    private String legalEntity;
    private String manager;
    private String clerk;
    private String iban;

    @BeforeEach
    void bankAccount() {
        ledger = new Receivables(kafka);
        generalLedger = new BankClearingLedger(kafka);
        legalEntity = "B" + (int) (Math.random() * 900_000 + 100_000);
        manager = TestTokens.bearerFor(List.of(legalEntity), "mia.manager", "ar-manager");
        clerk = TestTokens.bearerFor(List.of(legalEntity), "clara.clerk", "ar-clerk");
        iban = Iban.random(CountryCode.DE).toString();
        register(iban).then().statusCode(201);
    }

    @AfterEach
    void close() {
        ledger.close();
        generalLedger.close();
    }

    @Test
    void appliesTheLinesItIsSureOfAndQueuesTheRestWithTheirReasons() {
        UUID alpha = ledger.customer(legalEntity, "EUR", "Brauhaus Alpha GmbH");
        UUID beta = ledger.customer(legalEntity, "EUR", "Getränke Beta AG");
        InvoiceIssued a1 = invoice(alpha, "500.00");
        InvoiceIssued a2 = invoice(alpha, "250.00");
        InvoiceIssued a3 = invoice(alpha, "120.00");
        InvoiceIssued b1 = invoice(beta, "300.00");
        InvoiceIssued b2 = invoice(beta, "75.50");
        String payerOfBeta = Iban.random(CountryCode.NL).toString();
        byte[] file = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "1000.00")
                .credit("500.00", "Rechnung " + a1.invoiceNumber().replace("-", " "), null, null, null)
                .credit("250.00", null, CreditorReference.rf(a2.invoiceNumber().replace("-", "")).value(), null,
                        null)
                .credit("300.00", oneDigitWrong(b1.invoiceNumber()), null, null, null)
                .credit("120.00", "Zahlung", null, "BRAUHAUS ALPHA", null)
                .credit("999.99", "Danke", null, null, null)
                .credit("75.50", "payment", null, "Somebody", payerOfBeta)
                .debit("40.00", "bank charges", "Bank")
                .bytes();

        JsonPath imported = importFile(file).then().statusCode(201).extract().jsonPath();

        assertThat(imported.getInt("appliedAutomatically")).isEqualTo(4);
        assertThat(imported.getInt("waiting")).isEqualTo(2);
        assertThat(imported.getInt("statements[0].lineCount")).isEqualTo(7);
        assertThat(imported.getString("statements[0].closingBalance")).isEqualTo("3205.49");
        assertThat(openItems(alpha)).isEmpty();
        assertThat(openItems(beta)).containsExactly(b2.invoiceNumber());

        JsonPath queue = given().header("Authorization", clerk).queryParam("status", "unmatched")
                .queryParam("direction", "credit").get("/api/v1/bank-lines").then().statusCode(200).extract()
                .jsonPath();
        assertThat(queue.getList("items.amount", String.class)).containsExactly("999.99", "75.50");
        assertThat(queue.getList("items[0].suggestions")).isEmpty();
        assertThat(queue.getString("items[1].suggestions[0].allocations[0].invoiceNumber"))
                .isEqualTo(b2.invoiceNumber());
        assertThat(queue.getList("items[1].suggestions[0].reasons", String.class))
                .anyMatch(r -> r.contains("the only open item of that amount"));

        String line = queue.getString("items[1].lineId");
        JsonPath applied = given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"suggestion\": 1}")
                .post("/api/v1/bank-lines/" + line + "/application").then().statusCode(200).extract().jsonPath();
        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        assertThat(applied.getBoolean("automatic")).isFalse();
        assertThat(openItems(beta)).isEmpty();
        given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"suggestion\": 1}")
                .post("/api/v1/bank-lines/" + line + "/application").then().statusCode(409)
                .body("violations[0].rule", equalTo("not-yet-applied"));

        // the payer's account is remembered for beta: its next payment needs no words
        InvoiceIssued b3 = invoice(beta, "60.00");
        JsonPath next = importFile(new Camt053File("STMT2-" + legalEntity, iban, "EUR", DAY.plusDays(1), "3205.49")
                .credit("60.00", null, null, "Somebody", payerOfBeta).bytes()).then().statusCode(201).extract()
                .jsonPath();
        assertThat(next.getInt("appliedAutomatically")).isEqualTo(1);
        assertThat(openItems(beta)).doesNotContain(b3.invoiceNumber());
    }

    @Test
    void aClerkAppliesLinesByHandManyToOneInvoiceAndNeverBeyondItsOpenAmount() {
        UUID gamma = ledger.customer(legalEntity, "EUR", "Gamma Gastro KG");
        InvoiceIssued invoice = invoice(gamma, "1000.00");
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("400.00", "first half", null, null, null)
                .credit("400.00", "second half", null, null, null)
                .credit("400.00", "and more", null, null, null).bytes()).then().statusCode(201).extract().jsonPath();
        assertThat(imported.getInt("waiting")).isEqualTo(3);
        List<String> lines = given().header("Authorization", clerk).queryParam("status", "unmatched")
                .get("/api/v1/bank-lines").then().statusCode(200).extract().jsonPath().getList("items.lineId");

        byHand(lines.get(0), gamma, invoice.invoiceId(), "400.00").then().statusCode(200);
        byHand(lines.get(1), gamma, invoice.invoiceId(), "400.00").then().statusCode(200);
        byHand(lines.get(2), gamma, invoice.invoiceId(), "400.00").then().statusCode(422)
                .body("violations[0].rule", equalTo("not-above-open-amount"));
        byHand(lines.get(2), gamma, invoice.invoiceId(), "200.00").then().statusCode(200)
                .body("paymentId", org.hamcrest.Matchers.notNullValue());

        JsonPath account = Receivables.account(gamma);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("0.00");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("200.00");
    }

    @Test
    void aManagersThresholdAndAllocationOrderDecideWhatIsAppliedAndHow() {
        UUID delta = ledger.customer(legalEntity, "EUR", "Delta Durst OHG");
        InvoiceIssued first = invoice(delta, "300.00");
        invoice(delta, "200.00");
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"autoApplyThreshold\": 95, \"allocationOrder\": \"PROPORTIONAL\"}")
                .put("/api/v1/cash-application-settings/" + legalEntity).then().statusCode(200)
                .body("autoApplyThreshold", equalTo(95)).body("changes[0].changedBy", equalTo("mia.manager"));
        // a typo scores 92: under this legal entity's threshold it waits for a clerk
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("300.00", oneDigitWrong(first.invoiceNumber()), null, null, null)
                .credit("100.00", "on account", null, null, null).bytes()).then().statusCode(201).extract()
                .jsonPath();
        assertThat(imported.getInt("appliedAutomatically")).isZero();
        List<String> lines = given().header("Authorization", clerk).queryParam("status", "unmatched")
                .get("/api/v1/bank-lines").then().extract().jsonPath().getList("items.lineId");
        // the customer named without invoices: spread in proportion to the open amounts
        given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"customerId\": \"" + delta + "\"}")
                .post("/api/v1/bank-lines/" + lines.get(1) + "/application").then().statusCode(200);
        JsonPath account = Receivables.account(delta);
        assertThat(account.getList("accounts[0].openItems.items.openAmount", String.class))
                .containsExactlyInAnyOrder("240.00", "160.00");
    }

    @Test
    void aDiscountTakenInTimeIsGrantedASmallShortfallWrittenOffAndALargerOneKeptOpenAsADeduction() {
        UUID eta = ledger.customer(legalEntity, "EUR", "Eta Einkauf KG");
        InvoiceIssued discounted = ledger.invoice(eta, legalEntity, "EUR", "1000.00", "20.00", DAY);
        InvoiceIssued nearly = invoice(eta, "500.00");
        InvoiceIssued halfPaid = invoice(eta, "300.00");
        given().header("Authorization", manager).contentType(ContentType.JSON).body("""
                        {"autoApplyThreshold": 85, "allocationOrder": "OLDEST_DUE_FIRST",
                         "writeOffToleranceAmount": "5.00", "writeOffTolerancePercent": "1"}""")
                .put("/api/v1/cash-application-settings/" + legalEntity).then().statusCode(200)
                .body("writeOffToleranceAmount", equalTo("5.00")).body("writeOffTolerancePercent", equalTo("1.00"));
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("980.00", "Rechnung " + discounted.invoiceNumber() + " abzgl. 2% Skonto", null, null, null)
                .credit("495.00", "RE " + nearly.invoiceNumber(), null, null, null)
                .credit("250.00", halfPaid.invoiceNumber(), null, null, null).bytes()).then().statusCode(201)
                .extract().jsonPath();
        assertThat(imported.getInt("appliedAutomatically")).isEqualTo(3);

        JsonPath account = Receivables.account(eta);
        assertThat(account.getList("accounts[0].openItems.items.invoiceNumber"))
                .containsExactly(halfPaid.invoiceNumber());
        assertThat(account.getString("accounts[0].openItems.items[0].openAmount")).isEqualTo("50.00");
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("50.00");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("0.00");
        assertThat(count("SELECT count(*) FROM deduction WHERE legal_entity = ? AND amount = 50.00")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM open_item WHERE legal_entity = ? AND discount_granted = 20.00"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM open_item WHERE legal_entity = ? AND written_off = 5.00"))
                .isEqualTo(1);
        List<Map<String, Object>> lines = given().header("Authorization", clerk)
                .get("/api/v1/bank-lines?status=applied&size=10").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.amount == '495.00' }");
        assertThat(lines).singleElement().satisfies(line -> assertThat(line.get("reasons").toString())
                .contains("short by 5.00 on invoice " + nearly.invoiceNumber() + ": within the write-off tolerance"));
    }

    @Test
    void aRemittanceAdviceDecidesTheLinesThatCarryItsReferenceBeforeOrAfterTheStatement() {
        UUID iota = ledger.customer(legalEntity, "EUR", "Iota Imbiss");
        InvoiceIssued first = invoice(iota, "300.00");
        InvoiceIssued second = invoice(iota, "200.00");
        InvoiceIssued third = invoice(iota, "150.00");
        // before: the advice says payment ADV-1 pays 120.00 of the first and all of the second
        String before = "Payment Reference;Invoice Number;Amount\nADV-1;" + first.invoiceNumber() + ";120,00\nADV-1;"
                + second.invoiceNumber() + ";200,00\n";
        advice(before).then().statusCode(201).body("rows", org.hamcrest.Matchers.hasSize(2))
                .body("linesApplied", equalTo(0));
        advice(before).then().statusCode(409).body("violations[0].rule", equalTo("not-imported-before"));
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("320.00", "Zahlung ADV-1", null, "Iota Imbiss", null)
                .credit("150.00", "Zahlung ADV-2", null, "Someone", null).bytes()).then().statusCode(201)
                .extract().jsonPath();
        assertThat(imported.getInt("appliedAutomatically")).isEqualTo(1);
        JsonPath account = Receivables.account(iota);
        assertThat(account.getList("accounts[0].openItems.items.invoiceNumber"))
                .containsExactly(first.invoiceNumber(), third.invoiceNumber());
        assertThat(account.getString("accounts[0].openItems.items[0].openAmount")).isEqualTo("180.00");

        // after: the second line waits until the advice for ADV-2 comes, then it is applied at once
        String waiting = given().header("Authorization", clerk).queryParam("status", "unmatched")
                .get("/api/v1/bank-lines").then().extract().path("items[0].lineId");
        JsonPath after = advice("reference,invoice,amount\nADV-2," + third.invoiceNumber() + ",150.00\n").then()
                .statusCode(201).extract().jsonPath();
        assertThat(after.getInt("linesApplied")).isEqualTo(1);
        assertThat(after.getString("rows[0].bankLineId")).isEqualTo(waiting);
        given().header("Authorization", clerk).get("/api/v1/bank-lines/" + waiting).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("customerId", equalTo(iota.toString()));
        assertThat(openItems(iota)).containsExactly(first.invoiceNumber());
        // a broken advice names its rows and keeps nothing
        advice("reference,invoice,amount\nADV-3," + first.invoiceNumber() + ",abc\n").then().statusCode(422)
                .body("violations[0].field", equalTo("rows[2].amount"));
        assertThat(count("SELECT count(*) FROM remittance_advice WHERE legal_entity = ?")).isEqualTo(2);
    }

    private Response advice(String csv) {
        return given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType("text/csv").body(csv).post("/api/v1/remittance-advices?legalEntity=" + legalEntity);
    }

    @Test
    void aBankAccountsCsvExportIsReadWithItsSavedMappingAndItsBalancesChecked() {
        UUID kappa = ledger.customer(legalEntity, "EUR", "Kappa Keller");
        InvoiceIssued invoice = invoice(kappa, "1190.00");
        String bankAccount = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .extract().path("items[0].bankAccountId");
        String mapping = """
                {"valueDate": "Valutadatum", "bookingDate": "Buchungstag", "amount": "Betrag", "balanceAfter": "Saldo",
                 "counterpartyName": "Zahlungspflichtiger", "remittance": ["Verwendungszweck"],
                 "dateFormat": "dd.MM.yyyy"}""";
        String csv = "Buchungstag;Valutadatum;Zahlungspflichtiger;Verwendungszweck;Betrag;Saldo\n"
                + "20.11.2026;20.11.2026;Kappa Keller;Rechnung " + invoice.invoiceNumber() + ";1.190,00;1.177,50\n"
                + "19.11.2026;19.11.2026;Bank;Kontofuehrung;-12,50;-12,50\n";
        csvImport(bankAccount, csv).then().statusCode(422).body("violations[0].rule", equalTo("csv-mapping"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"valueDate\": \"Valutadatum\", \"amount\": \"Betrag\", \"credit\": \"Haben\"}")
                .put("/api/v1/bank-accounts/" + bankAccount + "/csv-mapping").then().statusCode(422)
                .body("violations[0].rule", equalTo("amount-columns"));
        given().header("Authorization", manager).contentType(ContentType.JSON).body(mapping)
                .put("/api/v1/bank-accounts/" + bankAccount + "/csv-mapping").then().statusCode(200)
                .body("changedBy", equalTo("mia.manager")).body("mapping.balanceAfter", equalTo("Saldo"));

        JsonPath imported = csvImport(bankAccount, csv).then().statusCode(201).extract().jsonPath();
        assertThat(imported.getString("statements[0].format")).isEqualTo("CSV");
        assertThat(imported.getString("statements[0].openingBalance")).isEqualTo("0.00");
        assertThat(imported.getString("statements[0].closingBalance")).isEqualTo("1177.50");
        assertThat(imported.getInt("appliedAutomatically")).isEqualTo(1);
        assertThat(openItems(kappa)).isEmpty();
        // the next day's export repeats the 20th: refused, naming the row
        String overlapping = "Buchungstag;Valutadatum;Zahlungspflichtiger;Verwendungszweck;Betrag;Saldo\n"
                + "21.11.2026;21.11.2026;Someone;Danke;10,00;1.187,50\n"
                + "20.11.2026;20.11.2026;Kappa Keller;Rechnung " + invoice.invoiceNumber() + ";1.190,00;1.177,50\n";
        csvImport(bankAccount, overlapping).then().statusCode(409)
                .body("detail", containsString("line 1 (2026-11-20, 1190.00) was imported before"));
        // a balance that does not follow from the rows is refused with the row
        csvImport(bankAccount, "Buchungstag;Valutadatum;Zahlungspflichtiger;Verwendungszweck;Betrag;Saldo\n"
                + "22.11.2026;22.11.2026;X;Y;5,00;1.182,50\n23.11.2026;23.11.2026;X;Z;5,00;1.190,00\n").then()
                .statusCode(422).body("detail", containsString("row 3: the balance after it is 1190.00, but the rows "
                        + "before and its amount give 1187.50"));
    }

    private Response csvImport(String bankAccount, String csv) {
        return given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/bank-statements?bankAccountId=" + bankAccount);
    }

    @Test
    void aDebitLineOfAPaymentToASupplierIsReconciledWithItByAmountDateAndPayee() {
        UUID malt = UUID.randomUUID();
        UUID hops = UUID.randomUUID();
        UUID toMalt = UUID.randomUUID();
        try (TopicWriter payables = new TopicWriter(kafka)) {
            payables.publish("payables", malt, new SupplierRegistered(malt, "Mälzerei Weyermann GmbH", legalEntity,
                    "EUR", 30));
            payables.publish("payables", hops, new SupplierRegistered(hops, "Hopfenhof Huber KG", legalEntity,
                    "EUR", 30));
            // two payments of the same amount on the same day: the payee's name tells them apart
            payables.publish("payables", toMalt, new SupplierPaymentMade(toMalt, malt, legalEntity, "EUR",
                    DAY.minusDays(1), new BigDecimal("1190.00"), List.of(new SupplierPaymentItem(UUID.randomUUID(),
                    "RE-2026-0815", new BigDecimal("1190.00"), new BigDecimal("0.00")))));
            UUID toHops = UUID.randomUUID();
            payables.publish("payables", toHops, new SupplierPaymentMade(toHops, hops, legalEntity, "EUR",
                    DAY.minusDays(1), new BigDecimal("1190.00"), List.of(new SupplierPaymentItem(UUID.randomUUID(),
                    "H-77", new BigDecimal("1190.00"), new BigDecimal("0.00")))));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM supplier_payment WHERE legal_entity = ?") == 2);
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "5000.00")
                .debit("1190.00", "RE-2026-0815", "Maelzerei Weyermann").bytes()).then().statusCode(201)
                .extract().jsonPath();
        assertThat(imported.getInt("supplierPayments")).isEqualTo(1);
        JsonPath line = given().header("Authorization", clerk).queryParam("status", "reconciled")
                .get("/api/v1/bank-lines").then().statusCode(200).extract().jsonPath();
        assertThat(line.getString("items[0].paymentId")).isEqualTo(toMalt.toString());
        assertThat(line.getString("items[0].reasons[0]")).isEqualTo("the debit of the payment to supplier "
                + "Mälzerei Weyermann GmbH of " + DAY.minusDays(1) + " for RE-2026-0815");
    }

    @Test
    void theBankAccountReconcilesAgainstTheLedgerWithWhatWaitsAndWhatWasReturned() {
        UUID epsilon = ledger.customer(legalEntity, "EUR", "Epsilon Eck GbR");
        InvoiceIssued invoice = invoice(epsilon, "400.00");
        importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "1000.00")
                .credit("400.00", "Rechnung " + invoice.invoiceNumber(), null, null, null)
                .credit("77.00", "unknown", null, null, null)
                .debit("12.50", "Kontofuehrung", "Bank").bytes()).then().statusCode(201);
        String bankAccount = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .extract().path("items[0].bankAccountId");
        // applied, but not in the ledger yet: on the statement side
        JsonPath beforePosting = reconciliation(bankAccount);
        assertThat(beforePosting.getString("unreconciledStatementLines")).isEqualTo("464.50");
        assertThat(beforePosting.getString("bookBalance")).isEqualTo("1000.00");
        assertThat(beforePosting.getString("difference")).isEqualTo("0.00");

        generalLedger.post(legalEntity, 1, null);
        JsonPath reconciled = awaitReconciliation(bankAccount, "bookBalance", "1400.00");
        assertThat(reconciled.getString("statementBalance")).isEqualTo("1464.50");
        assertThat(reconciled.getString("unreconciledStatementLines")).isEqualTo("64.50");
        assertThat(reconciled.getString("unreconciledBookEntries")).isEqualTo("0.00");
        assertThat(reconciled.getString("difference")).isEqualTo("0.00");
        assertThat(reconciled.getList("statementLines.amount", String.class)).containsExactly("77.00", "-12.50");

        // the bank returns the payment: in the book once posted, on the statement when its debit line comes
        String payment = given().header("Authorization", clerk).queryParam("status", "applied")
                .get("/api/v1/bank-lines").then().extract().path("items[0].paymentId");
        given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"reason\": \"MD06\", \"returnedOn\": \"" + DAY + "\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(200);
        generalLedger.post(legalEntity, 1, null);
        JsonPath afterReturn = awaitReconciliation(bankAccount, "bookBalance", "1000.00");
        assertThat(afterReturn.getString("unreconciledBookEntries")).isEqualTo("-400.00");
        assertThat(afterReturn.getString("difference")).isEqualTo("0.00");
        assertThat(afterReturn.getString("bookEntries[0].kind")).isEqualTo("RETURN");
        assertThat(afterReturn.getString("bookEntries[0].id")).isEqualTo(payment);
    }

    @Test
    void aPaymentKeyedWithItsBankAccountIsInTheBookUntilTheStatementShowsIt() {
        UUID iota = ledger.customer(legalEntity, "EUR", "Iota Imbiss OHG");
        importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "1000.00")
                .debit("12.50", "Kontofuehrung", "Bank").bytes()).then().statusCode(201);
        String bankAccount = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .extract().path("items[0].bankAccountId");
        String keyed = given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(Map.of("customerId", iota, "amount", "250.00", "currency", "EUR",
                        "valueDate", DAY.toString(), "bankAccountId", bankAccount))
                .post("/api/v1/payments").then().statusCode(201).extract().path("paymentId");
        generalLedger.post(legalEntity, 1, null);
        JsonPath reconciled = awaitReconciliation(bankAccount, "bookBalance", "1250.00");
        assertThat(reconciled.getString("unreconciledBookEntries")).isEqualTo("250.00");
        assertThat(reconciled.getString("bookEntries[0].kind")).isEqualTo("PAYMENT");
        assertThat(reconciled.getString("bookEntries[0].id")).isEqualTo(keyed);
        assertThat(reconciled.getString("unreconciledStatementLines")).isEqualTo("-12.50");
        assertThat(reconciled.getString("difference")).isEqualTo("0.00");

        // a bank account of another legal entity, or one that does not exist, is refused and nothing is received
        given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(Map.of("customerId", iota, "amount", "250.00", "currency", "EUR",
                        "valueDate", DAY.toString(), "bankAccountId", UUID.randomUUID()))
                .post("/api/v1/payments").then().statusCode(422)
                .body("violations[0].field", equalTo("bankAccountId"))
                .body("violations[0].rule", equalTo("exists"));
        assertThat(Receivables.account(iota).getString("accounts[0].totals.unappliedCash")).isEqualTo("250.00");
    }

    private JsonPath awaitReconciliation(String bankAccount, String field, String value) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> value.equals(reconciliation(bankAccount).getString(field)));
        return reconciliation(bankAccount);
    }

    @Test
    void aDebitLineReturningAPaymentReturnsItWithTheBanksReasonAndReconcilesWithIt() {
        UUID theta = ledger.customer(legalEntity, "EUR", "Theta Trank GmbH");
        InvoiceIssued invoice = invoice(theta, "400.00");
        String payer = Iban.random(CountryCode.DE).toString();
        importFile(new Camt053File("STMT-" + legalEntity + "-1", iban, "EUR", DAY, "0.00")
                .credit("400.00", "Rechnung " + invoice.invoiceNumber(), null, "Theta Trank GmbH", payer).bytes())
                .then().statusCode(201).body("appliedAutomatically", equalTo(1));
        assertThat(openItems(theta)).isEmpty();
        // the next day the payer's bank sends it back: the account was closed
        JsonPath imported = importFile(new Camt053File("STMT-" + legalEntity + "-2", iban, "EUR", DAY.plusDays(1),
                "400.00").returned("400.00", "AC04", "Theta Trank GmbH", payer)
                .debit("400.00", "not a return: a transfer of ours", "Someone").bytes()).then().statusCode(201)
                .extract().jsonPath();
        assertThat(imported.getInt("returned")).isEqualTo(1);
        assertThat(openItems(theta)).containsExactly(invoice.invoiceNumber());
        JsonPath line = given().header("Authorization", clerk).queryParam("status", "reconciled")
                .queryParam("direction", "debit").get("/api/v1/bank-lines").then().statusCode(200).extract()
                .jsonPath();
        assertThat(line.getList("items")).hasSize(1);
        assertThat(line.getString("items[0].returnReason")).isEqualTo("AC04");
        assertThat(line.getString("items[0].reasons[0]")).contains("AC04 account closed (returned by the bank");
        String paymentId = line.getString("items[0].paymentId");
        given().header("Authorization", clerk).get("/api/v1/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnedOn", equalTo(DAY.plusDays(1).toString()));
        String bankAccount = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .extract().path("items[0].bankAccountId");
        generalLedger.post(legalEntity, 2, null);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM bank_book_entry WHERE legal_entity = ?") == 2);
        JsonPath reconciled = given().header("Authorization", clerk).queryParam("bankAccountId", bankAccount)
                .queryParam("asOf", DAY.plusDays(1).toString()).get("/api/v1/bank-reconciliation").then()
                .statusCode(200).extract().jsonPath();
        // the return is on both sides; only the other debit waits
        assertThat(reconciled.getString("statementBalance")).isEqualTo("-400.00");
        assertThat(reconciled.getString("unreconciledStatementLines")).isEqualTo("-400.00");
        assertThat(reconciled.getString("unreconciledBookEntries")).isEqualTo("0.00");
        assertThat(reconciled.getString("bookBalance")).isEqualTo("0.00");
        assertThat(reconciled.getString("difference")).isEqualTo("0.00");
    }

    private JsonPath reconciliation(String bankAccount) {
        return given().header("Authorization", clerk).queryParam("bankAccountId", bankAccount)
                .queryParam("asOf", DAY.toString()).get("/api/v1/bank-reconciliation").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aMovementReportedInAnInterimReportAndAgainInTheDaysStatementIsAppliedOnce() {
        UUID zeta = ledger.customer(legalEntity, "EUR", "Zeta Zapf KG");
        InvoiceIssued invoice = invoice(zeta, "300.00");
        JsonPath interim = importFile(new Camt053File("NTFCN-" + legalEntity, iban, "EUR", DAY, "0.00")
                .asNotification().bankReferences("BANKREF-" + legalEntity)
                .credit("300.00", "Rechnung " + invoice.invoiceNumber(), null, null, null).bytes())
                .then().statusCode(201).extract().jsonPath();
        assertThat(interim.getString("statements[0].format")).isEqualTo("CAMT054");
        assertThat(interim.getInt("appliedAutomatically")).isEqualTo(1);

        JsonPath day = importFile(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "1000.00")
                .bankReferences("BANKREF-" + legalEntity)
                .credit("300.00", "Rechnung " + invoice.invoiceNumber(), null, null, null)
                .credit("40.00", "unknown", null, null, null).bytes()).then().statusCode(201).extract().jsonPath();
        assertThat(day.getInt("reconciled")).isEqualTo(1);
        assertThat(day.getInt("appliedAutomatically")).isZero();
        assertThat(day.getInt("statements[0].linesReconciled")).isEqualTo(1);
        JsonPath account = Receivables.account(zeta);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("0.00");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("0.00");
        String bankAccount = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .extract().path("items[0].bankAccountId");
        // the payment once in the ledger: the day's line that was reconciled with it is that movement
        generalLedger.post(legalEntity, 1, null);
        JsonPath reconciled = awaitReconciliation(bankAccount, "bookBalance", "1300.00");
        assertThat(reconciled.getString("unreconciledStatementLines")).isEqualTo("40.00");
        assertThat(reconciled.getString("difference")).isEqualTo("0.00");
    }

    @Test
    void aFileThatDoesNotAddUpIsRefusedWithByHowMuchAndStoresNothing() {
        byte[] file = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "100.00")
                .credit("50.00", "x", null, null, null).closingOffBy("0.01").bytes();
        importFile(file).then().statusCode(422).body("violations[0].field", equalTo("file"))
                .body("violations[0].rule", equalTo("readable-statement"))
                .body("detail", containsString("0.01"));
        assertThat(count("SELECT count(*) FROM bank_statement WHERE legal_entity = ?")).isZero();
        assertThat(count("SELECT count(*) FROM bank_file f WHERE NOT EXISTS "
                + "(SELECT 1 FROM bank_statement s WHERE s.file_id = f.file_id) AND ? IS NOT NULL")).isZero();
    }

    @Test
    void aStatementOrFileTakenBeforeIsRefusedAsAConflict() {
        byte[] file = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("10.00", "x", null, null, null).bytes();
        importFile(file).then().statusCode(201);
        importFile(file).then().statusCode(409).body("violations[0].rule", equalTo("not-imported-before"))
                .body("detail", containsString("this very file"));
        byte[] sameStatement = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("10.00", "x again", null, null, null).bytes();
        importFile(sameStatement).then().statusCode(409).body("detail", containsString("was imported on"));
        assertThat(count("SELECT count(*) FROM bank_statement WHERE legal_entity = ?")).isEqualTo(1);
    }

    @Test
    void aStatementOfAnAccountThatIsNotOursOrNotTheCallersIsRefused() {
        String stranger = Iban.random(CountryCode.FR).toString();
        importFile(new Camt053File("STMT-" + legalEntity, stranger, "EUR", DAY, "0.00")
                .credit("10.00", "x", null, null, null).bytes()).then().statusCode(422)
                .body("violations[0].rule", equalTo("bank-account"));
        String otherEntity = TestTokens.bearerFor(List.of("Z" + legalEntity.substring(1)), "other.clerk", "ar-clerk");
        given().header("Authorization", otherEntity).header("Idempotency-Key", UUID.randomUUID())
                .contentType("application/xml").body(new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                        .credit("10.00", "x", null, null, null).bytes())
                .post("/api/v1/bank-statements").then().statusCode(422)
                .body("violations[0].rule", equalTo("bank-account"));
    }

    @Test
    void aFileOfMoreLinesThanAreMatchedInOneGoIsRefusedWhole() {
        Camt053File file = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00");
        for (int i = 0; i < 2001; i++) {
            file.credit("1.00", "line " + i, null, null, null);
        }
        importFile(file.bytes()).then().statusCode(422).body("violations[0].rule", equalTo("max-lines"))
                .body("detail", containsString("2001 lines"));
        assertThat(count("SELECT count(*) FROM bank_statement WHERE legal_entity = ?")).isZero();
    }

    @Test
    void xmlThatReachesForAnEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">&x;</Document>""";
        importFile(xxe.getBytes()).then().statusCode(422).body("detail", containsString("DOCTYPE"));
    }

    @Test
    void aFileSentAsAFormIsTakenLikeABody() {
        byte[] file = new Camt053File("STMT-" + legalEntity, iban, "EUR", DAY, "0.00")
                .credit("10.00", "x", null, null, null).bytes();
        given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .multiPart("file", "statement.xml", file, "application/xml")
                .post("/api/v1/bank-statements").then().statusCode(201)
                .body("statements[0].format", equalTo("CAMT053"));
    }

    @Test
    void theSpecOffersTheImportAsAFileBodyAndAsAForm() {
        JsonPath spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> content = spec.getMap("paths.'/api/v1/bank-statements'.post.requestBody.content");
        assertThat(content).containsKeys("application/octet-stream", "application/xml", "multipart/form-data");
    }

    @Test
    void aBankAccountIsRegisteredOnceWithItsNumberMaskedAndItsIbanChecked() {
        register(iban).then().statusCode(409).body("violations[0].rule", equalTo("unique"));
        register(iban.substring(0, 2) + "00" + iban.substring(4)).then().statusCode(422)
                .body("violations[0].rule", equalTo("iban-check-digits"));
        JsonPath listed = given().header("Authorization", manager).get("/api/v1/bank-accounts").then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.maskedNumber")).containsExactly(iban.substring(0, 4) + "…"
                + iban.substring(iban.length() - 4));
        assertThat(listed.prettify()).doesNotContain(iban.substring(4, 12));
    }

    private Response register(String number) {
        return given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(Map.of("legalEntity", legalEntity, "name", "Main account",
                        "accountNumber", number, "currency", "EUR", "clearingAccount", "1200"))
                .post("/api/v1/bank-accounts");
    }

    private Response importFile(byte[] file) {
        return given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType("application/xml").body(file).post("/api/v1/bank-statements");
    }

    private Response byHand(String line, UUID customer, UUID invoice, String amount) {
        return given().header("Authorization", clerk).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\", \"allocations\": "
                        + "[{\"invoiceId\": \"" + invoice + "\", \"amount\": \"" + amount + "\"}]}")
                .post("/api/v1/bank-lines/" + line + "/application");
    }

    private InvoiceIssued invoice(UUID customer, String gross) {
        return ledger.invoice(customer, legalEntity, "EUR", gross);
    }

    private List<String> openItems(UUID customer) {
        return Receivables.account(customer).getList("accounts[0].openItems.items.invoiceNumber");
    }

    /** The number with its last digit wrong: a typo that never names the same invoice again. */
    private static String oneDigitWrong(String number) {
        int n = number.length();
        return number.substring(0, n - 1) + (char) ('0' + (number.charAt(n - 1) - '0' + 5) % 10);
    }

    private long count(String sql) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setString(1, legalEntity);
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
