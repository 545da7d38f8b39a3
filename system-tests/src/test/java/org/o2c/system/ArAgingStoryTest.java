package org.o2c.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/**
 * An ERP issues invoices over REST to the running invoicing-service; the payments-service records them as open
 * items of its receivables ledger, and the reporting-service, another process, learns those from Kafka and ages
 * them. Its aging is checked to the cent against the invoices as issued, including after the reporting-service is
 * killed while invoices keep coming.
 */
class ArAgingStoryTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int NET_DAYS = 30;
    /** Days past due at the as-of date, chosen on and around every bucket edge. */
    private static final int[] DAYS_PAST_DUE = {-10, 0, 1, 15, 30, 31, 45, 60, 61, 90, 91, 100, 120, 121, 200, 365};
    private static final String[] BUCKETS = {"notDue", "days1To30", "days31To60", "days61To90", "days91To120", "over120"};

    private final Platform platform = Platform.shared();
    private final Invoicing invoicing = new Invoicing(platform.url("invoicing"));
    private final Random random = new Random(42);

    @Test
    void invoicesInEveryBucketAreAgedToTheCent() {
        String entity = uniqueEntity("AG");
        List<UUID> customers = List.of(
                invoicing.registerCustomer("Getränkemarkt Albers", entity, "EUR", NET_DAYS),
                invoicing.registerCustomer("Hotel Seeblick", entity, "EUR", NET_DAYS));
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        for (String bucket : BUCKETS) {
            expected.put(bucket, BigDecimal.ZERO.setScale(2));
        }
        int issued = 0;
        for (int daysPastDue : DAYS_PAST_DUE) {
            for (UUID customer : customers) {
                LocalDate issueDate = AS_OF.minusDays(daysPastDue + NET_DAYS);
                JsonPath invoice = invoicing.issue(customer, issueDate, quantity(), price(), "19");
                assertThat(invoice.getString("dueDate")).isEqualTo(issueDate.plusDays(NET_DAYS).toString());
                expected.merge(bucketOf(daysPastDue), new BigDecimal(invoice.getString("grossAmount")), BigDecimal::add);
                issued++;
            }
        }
        // an invoice issued after the as-of date is not part of that day's aging
        invoicing.issue(customers.get(0), AS_OF.plusDays(1), BigDecimal.ONE, new BigDecimal("1000"), "19");

        int count = issued;
        await().atMost(Duration.ofSeconds(30)).until(() -> openItems(entity) == count);
        JsonPath report = aging(entity);
        for (String bucket : BUCKETS) {
            assertThat(report.getString("totals[0].amounts." + bucket)).as(bucket)
                    .isEqualTo(expected.get(bucket).toPlainString());
        }
        BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.getString("totals[0].amounts.total")).isEqualTo(total.toPlainString());
        BigDecimal perCustomer = report.getList("customers.items.amounts.total", String.class).stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(perCustomer).as("customers add up to the total").isEqualByComparingTo(total);
    }

    @Test
    void agingCountsEveryInvoiceExactlyOnceAfterTheReportingServiceIsKilledWhileInvoicesKeepComing()
            throws Exception {
        String entity = uniqueEntity("RK");
        UUID customer = invoicing.registerCustomer("Kiosk am Markt", entity, "EUR", NET_DAYS);
        List<BigDecimal> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean keepIssuing = new AtomicBoolean(true);
        CompletableFuture<Void> erp = CompletableFuture.runAsync(() -> {
            Random amounts = new Random(7);
            while (keepIssuing.get()) {
                JsonPath invoice = invoicing.issue(customer, AS_OF.minusDays(amounts.nextInt(200)),
                        BigDecimal.valueOf(1 + amounts.nextInt(20)),
                        BigDecimal.valueOf(amounts.nextInt(100_000), 2), "7");
                acknowledged.add(new BigDecimal(invoice.getString("grossAmount")));
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 15);
        platform.kill("reporting");
        int whileDown = acknowledged.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= whileDown + 15);
        platform.restart("reporting");
        int afterRestart = acknowledged.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= afterRestart + 15);
        keepIssuing.set(false);
        erp.get();

        await().atMost(Duration.ofSeconds(60)).until(() -> openItems(entity) == acknowledged.size());
        BigDecimal total = acknowledged.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(aging(entity).getString("totals[0].amounts.total")).isEqualTo(total.toPlainString());
    }

    private JsonPath aging(String entity) {
        return given().baseUri(platform.url("reporting"))
                .header("Authorization", TestTokens.bearer("mia.manager", "ar-manager"))
                .queryParam("asOf", AS_OF.toString()).queryParam("legalEntity", entity)
                .get("/api/v1/reports/ar-aging").then().statusCode(200).extract().jsonPath();
    }

    private int openItems(String entity) {
        Integer items = aging(entity).get("totals[0].openItems");
        return items == null ? 0 : items;
    }

    /** The oracle for buckets, written from the report's definition rather than from its code. */
    private static String bucketOf(int daysPastDue) {
        if (daysPastDue <= 0) {
            return "notDue";
        } else if (daysPastDue <= 30) {
            return "days1To30";
        } else if (daysPastDue <= 60) {
            return "days31To60";
        } else if (daysPastDue <= 90) {
            return "days61To90";
        } else if (daysPastDue <= 120) {
            return "days91To120";
        }
        return "over120";
    }

    private BigDecimal quantity() {
        return BigDecimal.valueOf(1 + random.nextInt(40));
    }

    private BigDecimal price() {
        return BigDecimal.valueOf(random.nextInt(1_000_000), 3);
    }

    private static String uniqueEntity(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }
}
