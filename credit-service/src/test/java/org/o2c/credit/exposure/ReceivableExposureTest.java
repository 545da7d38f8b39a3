package org.o2c.credit.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.credit.CreditFixtures.CARL;
import static org.o2c.credit.CreditFixtures.getProfile;
import static org.o2c.credit.CreditFixtures.ofType;
import static org.o2c.credit.CreditFixtures.putLimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.credit.CreditFixtures;
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitBreached;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.testing.kafka.TopicReader;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class ReceivableExposureTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;
    private CreditFixtures world;

    @BeforeEach
    void world() {
        world = new CreditFixtures(kafka, dataSource);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void exposureIsKeptForACustomerWithoutAProfileAndCountsWhenAProfileOpens() {
        UUID customer = world.customer("DE01", "EUR");
        world.publishPayments(world.totals(customer, "DE01", "EUR", "1200.00", "0", "0"));
        world.awaitExposure(customer, "1200.00");
        // a payment before it is applied lowers the exposure as unapplied cash
        try (TopicWriter payments = new TopicWriter(kafka)) {
            UUID account = CreditFixtures.accountOf(customer);
            payments.publish("payments", account, new PaymentReceived(account, UUID.randomUUID(), customer, "DE01",
                    "EUR", new java.math.BigDecimal("250.00"), java.time.LocalDate.of(2026, 11, 20), "ref",
                    new AccountTotals(new java.math.BigDecimal("1200.00"), new java.math.BigDecimal("250.00"),
                            java.math.BigDecimal.ZERO, new java.math.BigDecimal("950.00")), null));
        }
        world.awaitExposure(customer, "950.00");

        putLimit(CARL, customer, "900", "EUR").then().statusCode(200)
                .body("exposure", equalTo("950.00"))
                .body("onHold", equalTo(true))
                .body("holdReason", equalTo("EXPOSURE_ABOVE_LIMIT"))
                .body("availableCredit", equalTo("0.00"));
        assertThat(world.stored(customer, CreditLimitBreached.class)).isEqualTo(1);
    }

    @Test
    void eachUpwardCrossingIsOneBreachAndARedeliveredEventTakesEffectOnce() throws Exception {
        UUID customer = world.customer("DE01", "EUR");
        putLimit(CARL, customer, "1000", "EUR").then().statusCode(200);

        OpenItemRecorded above = world.totals(customer, "DE01", "EUR", "1200.00", "0", "0");
        String aboveId = world.publishPayments(above);
        awaitHold(customer, true);
        world.publishPayments(world.totals(customer, "DE01", "EUR", "1500.00", "0", "0"));
        world.awaitExposure(customer, "1500.00");
        getProfile(customer).then().body("onHold", equalTo(true));
        world.publishPayments(world.totals(customer, "DE01", "EUR", "1500.00", "600.00", "0"));
        awaitHold(customer, false);

        // Kafka delivers the first event again: had it taken effect, exposure would be 1200 and a new breach
        world.publishPayments(above, aboveId);
        String marker = world.publishPayments(world.totals(customer, "DE01", "EUR", "1500.00", "500.00", "0"));
        world.awaitTaken(marker);
        getProfile(customer).then().body("exposure", equalTo("1000.00")).body("onHold", equalTo(false));
        assertThat(world.stored(customer, CreditLimitBreached.class)).isEqualTo(1);

        // back above: a second crossing, a second breach
        world.publishPayments(world.totals(customer, "DE01", "EUR", "1500.00", "499.99", "0"));
        awaitHold(customer, true);
        assertThat(world.stored(customer, CreditLimitBreached.class)).isEqualTo(2);
        assertThat(world.stored(customer, CreditHoldPlaced.class)).isEqualTo(2);
        assertThat(world.stored(customer, CreditHoldReleased.class)).isEqualTo(1);

        List<TopicReader.Message> published = world.creditTopic(customer,
                seen -> ofType(seen, "CreditHoldPlaced.v1") == 2);
        assertThat(ofType(published, "CreditLimitBreached.v1")).isEqualTo(2);
        assertThat(ofType(published, "CreditHoldReleased.v1")).isEqualTo(1);
        TopicReader.Message lastBreach = published.stream()
                .filter(m -> "CreditLimitBreached.v1".equals(m.header("ce_type"))).reduce((a, b) -> b).orElseThrow();
        var value = new ObjectMapper().readTree(lastBreach.value());
        assertThat(value.get("creditLimit").asText()).isEqualTo("1000.00");
        assertThat(value.get("exposure").asText()).isEqualTo("1000.01");
        assertThat(lastBreach.header("ce_actinguser")).isEqualTo("system");
        TopicReader.Message release = published.stream()
                .filter(m -> "CreditHoldReleased.v1".equals(m.header("ce_type"))).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(release.value()).get("reason").asText())
                .isEqualTo("EXPOSURE_WITHIN_LIMIT");
    }

    @Test
    void raisingTheLimitAboveTheExposureReleasesTheHold() {
        UUID customer = world.customer("DE01", "EUR");
        world.publishPayments(world.totals(customer, "DE01", "EUR", "5000.00", "0", "0"));
        world.awaitExposure(customer, "5000.00");
        putLimit(CARL, customer, "4000", "EUR").then().statusCode(200).body("onHold", equalTo(true));
        putLimit(CARL, customer, "5000", "EUR").then().statusCode(200)
                .body("onHold", equalTo(false))
                .body("holdReason", equalTo(null));
        assertThat(world.stored(customer, CreditHoldReleased.class)).isEqualTo(1);
    }

    private static void awaitHold(UUID customer, boolean onHold) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                getProfile(customer).then().body("onHold", equalTo(onHold)));
    }
}
