package org.o2c.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

/**
 * The running totals a report over a legal entity reads (per due date, per day) against the customers' items aged
 * one by one (the report for one customer), on histories whose movements arrive in no order of their dates: a
 * payment applied on a value date before a credit note already recorded, a return dated before an invoice issued
 * after it. On days something moved, and the days before, the totals, the count of items and of customer
 * rows and the pages of customers agree. The legal entity's own aging buckets add up to the same total.
 */
@QuarkusTest
class AgingRunningTotalsTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    Clock clock;

    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");

    @Test
    void totalsOfAnyDayAgreeWithTheItemsAgedOneByOneWhateverTheOrderOfTheirDates() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        String entity = "RT" + (Math.abs(seed) % 100_000_000);
        List<LedgerAccount> accounts = new ArrayList<>();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            for (int a = 0; a < 5; a++) {
                LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
                account.registered("Customer " + (char) ('A' + random.nextInt(3)) + a);
                play(account, random, today);
                accounts.add(account);
            }
        }
        given().header("Authorization", TestTokens.bearer("mia.manager", "ar-manager")).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [7, 45]}").put("/api/v1/reports/aging-buckets/" + entity)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> agree(entity, accounts, today, seed));
        List<LocalDate> days = accounts.stream().flatMap(a -> Stream.of(a.itemChanges(), a.cashChanges(),
                a.creditChanges())).flatMap(List::stream).map(LedgerAccount.Change::date).distinct().sorted()
                .toList();
        for (int i = 0; i < 12; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            agree(entity, accounts, day, seed);
            agree(entity, accounts, day.minusDays(1), seed);
        }
    }

    @Test
    void aMovementDatedBeforeItsInvoiceCountsFromTheInvoicesIssueDate() {
        LocalDate issued = LocalDate.now(clock).minusDays(10);
        String entity = "RE" + (Math.abs(new Random().nextLong()) % 100_000_000);
        UUID customer = UUID.randomUUID();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, customer, entity, "EUR");
            UUID invoice = account.invoice(issued, issued.plusDays(30), "100.00");
            UUID payment = account.payment(issued.minusDays(5), "40.00", "early");
            account.apply(payment, invoice, "40.00", issued.minusDays(5));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                report(entity, issued, null, 0, 50).getString("totals[0].amounts.total")).isEqualTo("60.00"));
        assertThat(report(entity, issued.minusDays(1), null, 0, 50).getList("totals")).as("not issued yet").isEmpty();
        for (LocalDate day : List.of(issued.minusDays(1), issued)) {
            assertThat(report(entity, day, null, 0, 50).getList("customers.items"))
                    .as("running totals and the items aged one by one agree on " + day)
                    .isEqualTo(report(entity, day, customer, 0, 50).getList("customers.items"));
        }
    }

    /** Every movement on a random day of the last year, whatever was recorded before it. */
    private static void play(LedgerAccount account, Random random, LocalDate today) {
        for (int step = 0; step < 12; step++) {
            LocalDate day = today.minusDays(random.nextInt(365));
            List<UUID> open = account.invoices().stream().filter(i -> account.openAmount(i).signum() > 0).toList();
            int operation = random.nextInt(8);
            if (operation <= 2 || open.isEmpty()) {
                account.invoice(day, day.plusDays(random.nextInt(61)), random.nextInt(1, 2000) + ".00");
            } else if (operation <= 4) {
                UUID payment = account.payment(day, random.nextInt(1, 1500) + ".50", "ref " + step);
                UUID invoice = open.get(random.nextInt(open.size()));
                BigDecimal applied = account.unappliedOf(payment).min(account.openAmount(invoice));
                account.apply(payment, invoice, applied.toPlainString(), today.minusDays(random.nextInt(365)));
            } else if (operation == 5) {
                UUID invoice = open.get(random.nextInt(open.size()));
                account.creditNote(invoice, account.openAmount(invoice).add(BigDecimal.TEN).toPlainString(), day);
            } else if (!account.returnablePayments().isEmpty()) {
                List<UUID> payments = account.returnablePayments();
                account.paymentReturned(payments.get(random.nextInt(payments.size())), day);
            }
        }
    }

    private void agree(String entity, List<LedgerAccount> accounts, LocalDate asOf, long seed) {
        String as = "seed " + seed + ", as of " + asOf + ": ";
        JsonPath whole = report(entity, asOf, null, 0, 50);
        List<Map<String, Object>> expectedRows = new ArrayList<>();
        long items = 0;
        BigDecimal[] sums = new BigDecimal[5]; // total, unapplied, credit, first own bucket, sum of own buckets
        Arrays.fill(sums, BigDecimal.ZERO);
        for (LedgerAccount account : accounts) {
            JsonPath one = report(entity, asOf, account.customerId(), 0, 50);
            List<Map<String, Object>> rows = one.getList("customers.items");
            expectedRows.addAll(rows);
            for (Map<String, Object> row : rows) {
                items += ((Number) row.get("openItems")).longValue();
                @SuppressWarnings("unchecked")
                Map<String, Object> amounts = (Map<String, Object>) row.get("amounts");
                sums[0] = sums[0].add(new BigDecimal((String) amounts.get("total")));
                sums[1] = sums[1].add(new BigDecimal((String) row.get("unappliedCash")));
                sums[2] = sums[2].add(new BigDecimal((String) row.get("creditBalance")));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> own = (List<Map<String, Object>>) amounts.get("buckets");
                assertThat(own).extracting(b -> b.get("label")).containsExactly("not due", "1-7", "8-45", "over 45");
                sums[3] = sums[3].add(new BigDecimal((String) own.get(1).get("amount")));
                for (Map<String, Object> bucket : own) {
                    sums[4] = sums[4].add(new BigDecimal((String) bucket.get("amount")));
                }
            }
        }
        expectedRows.sort(Comparator.comparing(r -> (String) r.get("customerName")));
        assertThat(whole.getLong("customers.totalItems")).as(as + "customer rows").isEqualTo(expectedRows.size());
        assertThat(whole.getList("customers.items")).as(as + "first page").isEqualTo(expectedRows);
        if (expectedRows.isEmpty()) {
            assertThat(whole.getList("totals")).as(as + "no totals").isEmpty();
            return;
        }
        assertThat(whole.getLong("totals[0].openItems")).as(as + "items").isEqualTo(items);
        assertThat(new BigDecimal(whole.getString("totals[0].amounts.total"))).as(as + "total")
                .isEqualByComparingTo(sums[0]).isEqualByComparingTo(sums[4]);
        assertThat(new BigDecimal(whole.getString("totals[0].amounts.buckets[1].amount"))).as(as + "1-7 days")
                .isEqualByComparingTo(sums[3]);
        assertThat(new BigDecimal(whole.getString("balances[0].unappliedCash"))).as(as + "unapplied")
                .isEqualByComparingTo(sums[1]);
        assertThat(new BigDecimal(whole.getString("balances[0].creditBalance"))).as(as + "credit")
                .isEqualByComparingTo(sums[2]);
        // a later page of two rows is the same rows, two further on
        JsonPath second = report(entity, asOf, null, 1, 2);
        assertThat(second.getList("customers.items")).as(as + "second page of two")
                .isEqualTo(expectedRows.subList(Math.min(2, expectedRows.size()), Math.min(4, expectedRows.size())));
    }

    private JsonPath report(String entity, LocalDate asOf, UUID customerId, int page, int size) {
        var request = given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", asOf.toString()).queryParam("page", page).queryParam("size", size);
        if (customerId != null) {
            request.queryParam("customerId", customerId.toString());
        }
        return request.get("/api/v1/reports/ar-aging").then().statusCode(200).extract().jsonPath();
    }
}
