package org.o2c.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Random ledger histories (invoices, payments received, applications, credit notes, returned payments, on random
 * days over the last year), checked against an independent reckoning from the dated changes that were published:
 * on several as-of dates the aging per bucket and per customer, unapplied cash and credit balances agree; the
 * aging total is the sum over customers of their open items; the aging as of today is the current aging; and the
 * general ledger posted from the same events reconciles with it and balances on each of those dates.
 */
@QuarkusTest
class ArAgingRandomizedTest {
    private static final String[] BUCKETS = {"notDue", "days1To30", "days31To60", "days61To90", "days91To120",
            "over120"};

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    Clock clock;

    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");

    @Test
    void agingTotalsAreTheSumOverCustomersAndTheAgingAsOfTodayIsTheCurrentAging() {
        long seed = new Random().nextLong();
        for (int history = 0; history < 3; history++) {
            long historySeed = seed + history;
            try {
                checkHistory(historySeed);
            } catch (AssertionError e) {
                throw new AssertionError("history with seed " + historySeed + ": " + e.getMessage(), e);
            }
        }
    }

    private void checkHistory(long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        String entity = "RH" + (Math.abs(seed) % 100_000_000);
        List<LedgerAccount> accounts = new ArrayList<>();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            for (int a = 0; a < 4; a++) {
                LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
                if (random.nextBoolean()) {
                    account.registered("Customer " + a);
                }
                play(account, random, today);
                accounts.add(account);
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> matches(entity, accounts, today));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ledgerAgrees(entity, today));
        List<LocalDate> asOfDates = new ArrayList<>(List.of(today.minusMonths(1), today.minusMonths(3),
                today.minusMonths(6), today.minusMonths(10)));
        // the days on which something moved, and the days before: where an off-by-one-day would show
        List<LocalDate> moved = accounts.stream().flatMap(a -> Stream.of(a.itemChanges(),
                a.cashChanges(), a.creditChanges())).flatMap(List::stream).map(LedgerAccount.Change::date)
                .distinct().sorted().toList();
        for (int i = 0; i < 4 && !moved.isEmpty(); i++) {
            LocalDate day = moved.get(random.nextInt(moved.size()));
            asOfDates.add(day);
            asOfDates.add(day.minusDays(1));
        }
        for (LocalDate asOf : asOfDates) {
            matches(entity, accounts, asOf);
            ledgerAgrees(entity, asOf);
        }
        String current = given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .get("/api/v1/reports/ar-aging").then().statusCode(200).extract().asString();
        String asOfToday = given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", today.toString()).get("/api/v1/reports/ar-aging").then().statusCode(200)
                .extract().asString();
        assertThat(current).contains("\"asOf\":\"" + today + "\"").isEqualTo(asOfToday);
    }

    /** Plays a random history on one account, in date order, over the last year. */
    private static void play(LedgerAccount account, Random random, LocalDate today) {
        LocalDate day = today.minusDays(365);
        for (int step = 0; step < 14; step++) {
            day = day.plusDays(random.nextInt(25));
            if (day.isAfter(today)) {
                return;
            }
            List<UUID> open = account.invoices().stream().filter(i -> account.openAmount(i).signum() > 0).toList();
            int operation = random.nextInt(10);
            if (operation <= 3 || open.isEmpty() && operation <= 7) {
                account.invoice(day, day.plusDays(random.nextInt(61)), amount(random, 1, 2000));
            } else if (operation <= 5) {
                UUID payment = account.payment(day, amount(random, 1, 1500), "ref " + step);
                UUID invoice = open.get(random.nextInt(open.size()));
                BigDecimal applied = account.unappliedOf(payment).min(account.openAmount(invoice));
                if (random.nextBoolean()) {
                    applied = applied.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                }
                if (applied.signum() > 0) {
                    account.apply(payment, invoice, applied.toPlainString(), day.plusDays(random.nextInt(3)));
                }
            } else if (operation == 6 && !account.paymentsWithUnappliedCash().isEmpty()) {
                List<UUID> payments = account.paymentsWithUnappliedCash();
                UUID payment = payments.get(random.nextInt(payments.size()));
                UUID invoice = open.get(random.nextInt(open.size()));
                BigDecimal applied = account.unappliedOf(payment).min(account.openAmount(invoice));
                account.apply(payment, invoice, applied.toPlainString(), day);
            } else if (operation == 7) {
                UUID invoice = open.get(random.nextInt(open.size()));
                account.creditNote(invoice, account.openAmount(invoice).add(new BigDecimal(amount(random, 0, 60)))
                        .multiply(BigDecimal.valueOf(random.nextInt(1, 5))).divide(BigDecimal.valueOf(4), 2,
                                RoundingMode.DOWN).toPlainString(), day);
            } else if (operation == 8 && !account.appliedPayments().isEmpty() && !day.plusDays(3).isAfter(today)) {
                // taken back after it was made: an application is dated at most two days after its step
                List<UUID> payments = new ArrayList<>(account.appliedPayments().keySet());
                UUID payment = payments.get(random.nextInt(payments.size()));
                List<UUID> invoices = account.appliedPayments().get(payment);
                account.unapply(payment, invoices.get(random.nextInt(invoices.size())), day.plusDays(3));
            } else if (!account.returnablePayments().isEmpty()) {
                List<UUID> payments = account.returnablePayments();
                account.paymentReturned(payments.get(random.nextInt(payments.size())), day);
            }
        }
    }

    private void matches(String entity, List<LedgerAccount> accounts, LocalDate asOf) {
        BigDecimal[] buckets = zeros();
        long items = 0;
        BigDecimal unapplied = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        Map<String, BigDecimal[]> perCustomer = new HashMap<>();
        for (LedgerAccount account : accounts) {
            Map<UUID, BigDecimal> open = new HashMap<>();
            account.itemChanges().stream().filter(c -> !c.date().isAfter(asOf))
                    .forEach(c -> open.merge(c.invoiceId(), c.delta(), BigDecimal::add));
            BigDecimal customerOpen = BigDecimal.ZERO;
            for (Map.Entry<UUID, BigDecimal> item : open.entrySet()) {
                if (item.getValue().signum() != 0) {
                    items++;
                    int bucket = bucket(ChronoUnit.DAYS.between(account.dueDate(item.getKey()), asOf));
                    buckets[bucket] = buckets[bucket].add(item.getValue());
                    customerOpen = customerOpen.add(item.getValue());
                }
            }
            BigDecimal cash = sum(account.cashChanges(), asOf);
            BigDecimal excess = sum(account.creditChanges(), asOf);
            unapplied = unapplied.add(cash);
            credit = credit.add(excess);
            if (customerOpen.signum() != 0 || cash.signum() != 0 || excess.signum() != 0) {
                perCustomer.put(account.customerId().toString(), new BigDecimal[] {customerOpen, cash, excess});
            }
        }
        JsonPath report = report(entity, asOf);
        String eur = "totals.find { it.currency == 'EUR' }.";
        if (perCustomer.isEmpty()) {
            assertThat(report.getList("totals")).isEmpty();
            return;
        }
        assertThat(report.getLong(eur + "openItems")).isEqualTo(items);
        BigDecimal total = BigDecimal.ZERO;
        for (int b = 0; b < BUCKETS.length; b++) {
            assertThat(new BigDecimal(report.getString(eur + "amounts." + BUCKETS[b]))).as(BUCKETS[b] + " as of " + asOf)
                    .isEqualByComparingTo(buckets[b]);
            total = total.add(buckets[b]);
        }
        assertThat(new BigDecimal(report.getString(eur + "amounts.total"))).isEqualByComparingTo(total);
        assertThat(new BigDecimal(report.getString("balances[0].unappliedCash"))).isEqualByComparingTo(unapplied);
        assertThat(new BigDecimal(report.getString("balances[0].creditBalance"))).isEqualByComparingTo(credit);
        assertThat(new BigDecimal(report.getString("balances[0].netBalance")))
                .isEqualByComparingTo(total.subtract(unapplied).subtract(credit));

        List<Map<String, Object>> rows = report.getList("customers.items");
        assertThat(rows).hasSize(perCustomer.size());
        BigDecimal sumOverCustomers = BigDecimal.ZERO;
        for (Map<String, Object> row : rows) {
            BigDecimal[] expected = perCustomer.get((String) row.get("customerId"));
            assertThat(expected).as("customer " + row.get("customerId")).isNotNull();
            @SuppressWarnings("unchecked")
            BigDecimal rowTotal = new BigDecimal((String) ((Map<String, Object>) row.get("amounts")).get("total"));
            assertThat(rowTotal).isEqualByComparingTo(expected[0]);
            assertThat(new BigDecimal((String) row.get("unappliedCash"))).isEqualByComparingTo(expected[1]);
            assertThat(new BigDecimal((String) row.get("creditBalance"))).isEqualByComparingTo(expected[2]);
            sumOverCustomers = sumOverCustomers.add(rowTotal);
        }
        assertThat(sumOverCustomers).as("aging total = sum over customers").isEqualByComparingTo(total);
    }

    /**
     * The general ledger posted from the same events agrees with the aging (invariant 3): AR control equals the
     * open items, the liability accounts the unapplied cash and credit balances; and it balances (invariant 1).
     */
    private void ledgerAgrees(String entity, LocalDate asOf) {
        String reconciliation = given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", asOf.toString()).get("/api/v1/ledger/reconciliation").then().statusCode(200)
                .extract().asString();
        assertThat(reconciliation).as("reconciliation as of " + asOf).contains("\"reconciled\":true");
        JsonPath trialBalance = given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", asOf.toString()).queryParam("from", asOf.minusYears(1).toString())
                .get("/api/v1/ledger/trial-balance").then().statusCode(200).extract().jsonPath();
        assertThat(trialBalance.getList("currencies.balanced", Boolean.class)).as("trial balance as of " + asOf)
                .doesNotContain(false);
    }

    private JsonPath report(String entity, LocalDate asOf) {
        return given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", asOf.toString()).get("/api/v1/reports/ar-aging").then().statusCode(200)
                .extract().jsonPath();
    }

    private static int bucket(long daysPastDue) {
        if (daysPastDue <= 0) {
            return 0;
        }
        return (int) Math.min(5, (daysPastDue - 1) / 30 + 1);
    }

    private static BigDecimal sum(List<LedgerAccount.Change> changes, LocalDate asOf) {
        return changes.stream().filter(c -> !c.date().isAfter(asOf)).map(LedgerAccount.Change::delta)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[BUCKETS.length];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static String amount(Random random, int min, int max) {
        return BigDecimal.valueOf(random.nextLong(min * 100L, max * 100L + 1), 2).toPlainString();
    }
}
