package org.o2c.invoicing.creditnote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;
import static org.o2c.invoicing.Fixtures.issueInvoice;
import static org.o2c.invoicing.Fixtures.kegsAndDepositJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/**
 * Every refused credit note is a problem naming the field and rule, and changes nothing: no CreditNoteIssued
 * stored (so none relayed), nothing credited on the invoice, and no credit note number used up.
 */
@QuarkusTest
class CreditNoteBadInputTest {
    private static final String VALID = """
            {"reason": "goodwill", "issueDate": "2026-03-20", "amount": "10.00"}""";

    @Inject
    DataSource dataSource;
    private UUID invoice;

    @BeforeEach
    void invoice() {
        // gross 148.99; line 1 is 3 kegs
        invoice = issueInvoice(kegsAndDepositJson(registerCustomer(freshLegalEntity("CB"), "EUR", 30), "2026-03-10"));
    }

    @Test
    void aCreditAboveTheInvoiceIsRefusedNamingTheRule() {
        post(invoice, """
                {"reason": "too much", "issueDate": "2026-03-20", "amount": "149.00"}""")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("amount"))
                .body("violations[0].rule", equalTo("not-above-creditable"));
        assertNothingChanged();
    }

    @Test
    void aCreditAboveWhatIsLeftAfterEarlierCreditNotesIsRefused() {
        post(invoice, """
                {"reason": "first", "issueDate": "2026-03-20", "amount": "100.00"}""").then().statusCode(201);
        post(invoice, """
                {"reason": "second", "issueDate": "2026-03-20", "amount": "48.99"}""").then().statusCode(201);
        post(invoice, """
                {"reason": "one cent too many", "issueDate": "2026-03-20", "amount": "0.01"}""")
                .then().statusCode(422).body("violations[0].rule", equalTo("not-above-creditable"));
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditNotes", hasSize(2)).body("creditableAmount", equalTo("0.00"));
        assertThat(storedCreditNotes(invoice)).isEqualTo(2);
    }

    @Test
    void moreOfALineThanIsNotYetCreditedIsRefused() {
        post(invoice, """
                {"reason": "too many kegs", "issueDate": "2026-03-20", "lines": [{"lineNumber": 1, "quantity": "3.5"}]}""")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("lines[0].quantity"))
                .body("violations[0].rule", equalTo("not-above-uncredited-quantity"));
        post(invoice, """
                {"reason": "no such line", "issueDate": "2026-03-20", "lines": [{"lineNumber": 9, "quantity": "1"}]}""")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("lines[0].lineNumber"))
                .body("violations[0].rule", equalTo("exists"));
        assertNothingChanged();
    }

    @Test
    void anUnknownInvoiceIsNotFound() {
        UUID nowhere = UUID.randomUUID();
        post(nowhere, VALID).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
        assertThat(storedCreditNotes(nowhere)).isZero();
        given().header("Authorization", CLERK).get("/api/v1/credit-notes/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
        assertNothingChanged();
    }

    @Test
    void aMissingReasonAndBadLinesAreAllNamed() {
        post(invoice, """
                {"issueDate": "2026-03-20", "lines": [{"quantity": "0"}]}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:validation-failed"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("reason", "lines[0].lineNumber",
                        "lines[0].quantity"));
        post(invoice, """
                {"reason": " ", "amount": "10.00"}""")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        assertNothingChanged();
    }

    @Test
    void linesAndAnAmountTogetherOrNeitherAreRefused() {
        post(invoice, """
                {"reason": "both", "amount": "10.00", "lines": [{"lineNumber": 1, "quantity": "1"}]}""")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lines"))
                .body("violations[0].rule", equalTo("lines-or-amount"));
        post(invoice, """
                {"reason": "neither"}""")
                .then().statusCode(400).body("violations[0].rule", equalTo("lines-or-amount"));
        post(invoice, """
                {"reason": "negative", "amount": "-5"}""")
                .then().statusCode(400).body("violations[0].field", equalTo("amount"));
        post(invoice, """
                {"reason": "fraction of a cent", "amount": "0.005"}""")
                .then().statusCode(400).body("violations[0].rule", equalTo("minor-unit"));
        post(invoice, """
                {"reason": "before the invoice", "issueDate": "2026-03-09", "amount": "1.00"}""")
                .then().statusCode(422).body("violations[0].rule", equalTo("not-before-invoice"));
        assertNothingChanged();
    }

    @Test
    void withoutATokenOrWithoutACreditingRoleNothingIsCredited() {
        given().contentType(ContentType.JSON).body(VALID).post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] {"auditor", "collector", "credit-manager"}) {
            given().header("Authorization", TestTokens.bearer("someone", role)).contentType(ContentType.JSON)
                    .body(VALID).post("/api/v1/invoices/" + invoice + "/credit-notes")
                    .then().statusCode(403).body("type", equalTo("urn:o2c:problem:forbidden"));
        }
        given().get("/api/v1/credit-notes/" + UUID.randomUUID()).then().statusCode(401);
        assertNothingChanged();
    }

    private static Response post(UUID invoiceId, String body) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body)
                .post("/api/v1/invoices/" + invoiceId + "/credit-notes");
    }

    /** No credit note stored or shown, and the next one still gets the first number of its series. */
    private void assertNothingChanged() {
        assertThat(storedCreditNotes(invoice)).as("CreditNoteIssued events of " + invoice).isZero();
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditNotes", hasSize(0))
                .body("creditedAmount", equalTo("0.00"))
                .body("creditableAmount", equalTo("148.99"));
        post(invoice, VALID).then().statusCode(201).body("creditNoteNumber", equalTo("CN-2026-000001"));
    }

    private long storedCreditNotes(UUID invoiceId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement events = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = 'CreditNoteIssued.v1' "
                        + "AND aggregateidentifier = ?")) {
            events.setString(1, invoiceId.toString());
            try (ResultSet rs = events.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
