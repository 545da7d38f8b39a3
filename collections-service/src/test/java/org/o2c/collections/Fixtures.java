package org.o2c.collections;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.o2c.testing.auth.TestTokens;

/** Tokens, requests and checks the collections tests share. */
public final class Fixtures {
    public static final String COLLECTOR = TestTokens.bearer("cole.collector", "collector");
    public static final String CLERK = TestTokens.bearer("clara.clerk", "ar-clerk");
    public static final String MANAGER = TestTokens.bearer("mia.manager", "ar-manager");
    public static final String AUDITOR = TestTokens.bearer("aud", "auditor");

    private Fixtures() {
    }

    /** A legal entity of its own per test, so that runs of different tests never meet. */
    public static String newLegalEntity() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    public static LocalDate today() {
        return LocalDate.now(new TestClock());
    }

    public static Response post(String token, String path, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path);
    }

    public static Response dunningRun(String legalEntity, LocalDate asOf) {
        return post(COLLECTOR, "/api/v1/dunning-runs",
                "{\"legalEntity\": \"%s\", \"asOf\": \"%s\"}".formatted(legalEntity, asOf));
    }

    /** Waits until the ledger's items reached the worklist: the customer's overdue total as of the date. */
    public static void awaitOverdue(String legalEntity, UUID customer, LocalDate asOf, String amount) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String total = given().header("Authorization", COLLECTOR).queryParam("legalEntity", legalEntity)
                    .queryParam("asOf", asOf.toString()).get("/api/v1/collection-cases").then().statusCode(200)
                    .extract().path("items.find { it.customerId == '%s' }.overdueAmount".formatted(customer));
            return total != null && new BigDecimal(total).compareTo(new BigDecimal(amount)) == 0;
        });
    }

    /** How many events of a type the event store holds that mention {@code id}: what the relay would publish. */
    public static long storedEvents(DataSource dataSource, String type, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND convert_from(payload, 'UTF8') LIKE ?")) {
            count.setString(1, type);
            count.setString(2, "%" + id + "%");
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
