package org.o2c.reporting.period;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.EventHeaders;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class PeriodResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String maria = TestTokens.bearer("maria.manager", "ar-manager");
    private final String tom = TestTokens.bearer("tom.controller", "ar-manager");
    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");

    @Test
    void monthsCloseInOrderAfterTheirChecklistAndReopenUnderFourEyes() {
        String entity = "PC" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        YearMonth first = YearMonth.now().minusMonths(3);
        YearMonth second = first.plusMonths(1);
        UUID invoice;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            invoice = account.invoice(first.atDay(10), first.atDay(10).plusDays(30), "119.00");
            account.invoice(second.atDay(3), second.atDay(3).plusDays(30), "238.00");
            UUID dispute = UUID.randomUUID();
            topics.publish("collections", dispute, new DisputeOpened(dispute, invoice, "INV-1", account.customerId(),
                    entity, "EUR", "PRICE", new BigDecimal("19.00"), first.atDay(20)));
            // two supplier invoices of the month: one never approved, one approved today, after the month ended;
            // and one of this month, approved today
            UUID supplier = UUID.randomUUID();
            for (int i = 1; i <= 3; i++) {
                UUID bill = UUID.randomUUID();
                LocalDate dated = i < 3 ? first.atDay(5) : LocalDate.now();
                topics.publish("payables", bill, new SupplierInvoiceRegistered(bill, supplier, "RE-" + i, entity,
                        "EUR", dated, dated.plusDays(30), new BigDecimal("100.00"), new BigDecimal("19.00"),
                        new BigDecimal("119.00"), "paul.payables"));
                if (i != 2) {
                    topics.publish("payables", bill, new SupplierInvoiceApproved(bill, supplier, "RE-" + i, entity,
                            "EUR", new BigDecimal("119.00"), "anna.approver"));
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", auditor)
                .get(periods(entity, first) + "/checklist").then().statusCode(200)
                .body("items.find { it.item == 'OPEN_DISPUTES' }.findings", equalTo(1))
                .body("items.find { it.item == 'UNAPPROVED_SUPPLIER_INVOICES' }.findings", equalTo(2))
                .body("items.find { it.item == 'UNPOSTED_DOCUMENTS' }.findings", equalTo(0))
                .body("items.find { it.item == 'SUBLEDGER_DIFFERENCES' }.findings", equalTo(0))
                .body("clean", equalTo(false)));

        given().header("Authorization", auditor).get(periods(entity, YearMonth.now()) + "/checklist").then()
                .statusCode(200).body("items.find { it.item == 'UNAPPROVED_SUPPLIER_INVOICES' }.findings", equalTo(0));
        close(maria, entity, second, null).statusCode(422).body("violations.rule", hasItem("earlier-period-open"));
        close(maria, entity, YearMonth.now(), null).statusCode(422).body("violations.rule",
                hasItem("period-not-ended"));
        close(maria, entity, first, null).statusCode(422).body("violations.rule", hasItem("checklist-not-clean"));
        close(maria, entity, first, """
                {"acknowledge": ["OPEN_DISPUTES", "UNAPPROVED_SUPPLIER_INVOICES"]}""").statusCode(422)
                .body("violations.field", hasItem("note"));
        close(auditor, entity, first, null).statusCode(403);
        close(maria, entity, first, """
                {"acknowledge": ["OPEN_DISPUTES", "UNAPPROVED_SUPPLIER_INVOICES"],
                 "note": "price question, revenue unaffected; RE-2 approved next week"}""").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("maria.manager"))
                .body("checklist.find { it.item == 'OPEN_DISPUTES' }.acknowledged", equalTo(true));
        close(maria, entity, first, null).statusCode(422).body("violations.rule", hasItem("already-closed"));

        try (TopicReader reader = new TopicReader(kafka, "o2c.reporting.events")) {
            List<TopicReader.Message> closed = reader.readUntil(seen -> seen.stream().anyMatch(m ->
                    entity.equals(m.header(EventHeaders.LEGAL_ENTITY)) && "PeriodClosed.v1".equals(m.header(
                            EventHeaders.TYPE))), Duration.ofSeconds(30));
            assertThat(closed).anyMatch(m -> m.value().contains("\"period\":\"" + first + "\"")
                    && m.value().contains("\"closedBy\":\"maria.manager\""));
        }

        // a document dated in the closed month that still arrives counts on the first day of the next one
        UUID late;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            late = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR").invoice(first.atDay(28),
                    second.atDay(28), "11.90");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", auditor)
                .queryParam("documentId", late.toString()).get("/api/v1/ledger/entries").then().statusCode(200)
                .body("[0].accountingDate", equalTo(second.atDay(1).toString()))
                .body("[0].documentDate", equalTo(first.atDay(28).toString())));
        given().header("Authorization", maria).contentType(ContentType.JSON).body("""
                {"effectiveFrom": "%s", "accounts": [{"role": "ROUNDING", "account": "6901", "name": "x"}]}"""
                .formatted(first.atDay(15))).put("/api/v1/ledger/" + entity + "/chart").then().statusCode(422)
                .body("violations.rule", hasItem("period-closed"));

        // reopening: one manager asks with a reason, another approves
        given().header("Authorization", maria).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"reason\": \"supplier invoice arrived late\"}")
                .post(periods(entity, first) + "/reopening").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("reopeningRequestedBy", equalTo("maria.manager"));
        approve(maria, entity, first).statusCode(422).body("violations.rule", hasItem("four-eyes"));
        approve(tom, entity, first).statusCode(200).body("status", equalTo("OPEN"))
                .body("reopenedBy", equalTo("tom.controller"));
        approve(tom, entity, first).statusCode(422).body("violations.rule", hasItem("not-closed"));
        given().header("Authorization", auditor).queryParam("from", first.toString())
                .queryParam("to", second.toString()).get("/api/v1/ledger/" + entity + "/periods").then()
                .statusCode(200).body("period", org.hamcrest.Matchers.contains(second.toString(), first.toString()))
                .body("status", org.hamcrest.Matchers.contains("OPEN", "OPEN"));
    }

    @Test
    void closingDecemberClosesTheYearsProfitAndLossIntoRetainedEarnings() {
        String entity = "YE" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        YearMonth december = YearMonth.of(YearMonth.now().getYear() - 1, 12);
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            account.invoice(december.atDay(10), december.atDay(10).plusDays(30), "119.00");
            account.invoice(december.atDay(12), december.atDay(12).plusDays(30), "238.00");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> trialBalance(entity, december.atDay(1),
                december.atEndOfMonth()).body("currencies[0].accounts.find { it.account == '4190' }.credits",
                equalTo("300.00")));
        close(maria, entity, december, null).statusCode(200).body("status", equalTo("CLOSED"));

        trialBalance(entity, december.atDay(1), december.atEndOfMonth())
                .body("currencies[0].accounts.find { it.account == '4190' }.debits", equalTo("300.00"))
                .body("currencies[0].accounts.find { it.account == '4190' }.closing", equalTo("0.00"))
                .body("currencies[0].accounts.find { it.account == '3000' }.name", equalTo("Retained earnings"))
                .body("currencies[0].accounts.find { it.account == '3000' }.closing", equalTo("-300.00"))
                .body("currencies[0].balanced", equalTo(true));
        LocalDate january = december.plusMonths(1).atDay(1);
        trialBalance(entity, january, january.plusDays(5))
                .body("currencies[0].accounts.find { it.account == '3000' }.opening", equalTo("-300.00"))
                .body("currencies[0].accounts.find { it.account == '4190' }.opening", equalTo("0.00"))
                .body("currencies[0].accounts.find { it.account == '1100' }.opening", equalTo("357.00"));
    }

    @Test
    void cashUnappliedForMoreThanThirtyDaysAtTheMonthsEndIsAFinding() {
        String entity = "UC" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        YearMonth month = YearMonth.now().minusMonths(2);
        LocalDate end = month.atEndOfMonth();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            account.payment(end.minusDays(31), "100.00", "advance");   // over 30 days at the month's end
            account.payment(end.minusDays(30), "200.00", "advance");   // 30 days: not yet
            UUID applied = account.payment(end.minusDays(40), "50.00", "applied later");
            UUID invoice = account.invoice(end.minusDays(45), end.minusDays(15), "50.00");
            account.apply(applied, invoice, "50.00", end.minusDays(5)); // fully applied by the month's end
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", auditor)
                .get(periods(entity, month) + "/checklist").then().statusCode(200)
                .body("items.find { it.item == 'SUBLEDGER_DIFFERENCES' }.findings", equalTo(0))
                .body("items.find { it.item == 'OLD_UNAPPLIED_CASH' }.findings", equalTo(1)));
    }

    private io.restassured.response.ValidatableResponse trialBalance(String entity, LocalDate from, LocalDate asOf) {
        return given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("from", from.toString()).queryParam("asOf", asOf.toString())
                .get("/api/v1/ledger/trial-balance").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse close(String token, String entity, YearMonth period,
                                                              String body) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body == null ? "{}" : body)
                .post(periods(entity, period) + "/close").then();
    }

    private io.restassured.response.ValidatableResponse approve(String token, String entity, YearMonth period) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(periods(entity, period) + "/reopening/approval").then();
    }

    private static String periods(String entity, YearMonth period) {
        return "/api/v1/ledger/" + entity + "/periods/" + period;
    }
}
