package org.o2c.payables.supplierpayment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.approvedInvoice;
import static org.o2c.payables.Fixtures.paymentJson;
import static org.o2c.payables.Fixtures.registerInvoice;
import static org.o2c.payables.Fixtures.registerSupplier;
import static org.o2c.payables.Fixtures.storedEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.payables.supplierinvoice.SupplierInvoicePaid;
import org.o2c.testing.auth.TestTokens;

/**
 * Every refused payment is a problem naming the item, field and rule, and pays nothing: no payment, no invoice's
 * open amount changed, no event stored for the relay, even when the other items of the payment were fine.
 */
@QuarkusTest
class SupplierPaymentBadInputTest {
    /** The invoice's internal event, stored under its Java class name. */
    private static final String INVOICE_PAID = SupplierInvoicePaid.class.getName();

    @Inject
    DataSource dataSource;
    private UUID supplier;
    private UUID approved;

    @BeforeEach
    void approvedInvoiceOfASupplier() {
        supplier = registerSupplier("BP01", "EUR", 30);
        approved = approvedInvoice(supplier, "EUR", "500.00");
    }

    @Test
    void anUnapprovedInvoiceIsNotPaid() {
        UUID unapproved = registerInvoice(supplier, "EUR", "100.00");
        pay(paymentJson(supplier, approved, "50.00", unapproved, "100.00"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("items[1].supplierInvoiceId"))
                .body("violations[0].rule", equalTo("approved-only"));
        assertNothingPaid();
        assertOpen(unapproved, "100.00", "REGISTERED");
    }

    @Test
    void moreThanTheOpenAmountIsNotPaid() {
        pay(paymentJson(supplier, approved, "500.01"))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("items[0].amount"))
                .body("violations[0].rule", equalTo("not-above-open-amount"));
        assertNothingPaid();
    }

    @Test
    void aPaidInvoiceIsNotPaidAgain() {
        pay(paymentJson(supplier, approved, "500.00")).then().statusCode(201);
        pay(paymentJson(supplier, approved, "0.01"))
                .then().statusCode(422).body("violations[0].rule", equalTo("not-above-open-amount"));
        assertOpen(approved, "0.00", "PAID");
        assertThat(storedEvents(dataSource, "SupplierPaymentMade.v1", supplier.toString())).isEqualTo(1);
    }

    @Test
    void anInvoiceOfAnotherSupplierIsNotPaid() {
        UUID other = registerSupplier("BP01", "EUR", 30);
        UUID othersInvoice = approvedInvoice(other, "EUR", "100.00");
        pay(paymentJson(supplier, othersInvoice, "100.00"))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("items[0].supplierInvoiceId"))
                .body("violations[0].rule", equalTo("same-supplier"));
        assertNothingPaid();
        assertOpen(othersInvoice, "100.00", "APPROVED");
    }

    @Test
    void unknownInvoicesAndSuppliersAreUnknownReferences() {
        UUID nowhere = UUID.randomUUID();
        pay(paymentJson(supplier, approved, "10.00", nowhere, "10.00"))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("items[1].supplierInvoiceId"))
                .body("violations[0].rule", equalTo("exists"));
        assertNothingPaid();

        UUID nobody = UUID.randomUUID();
        pay(paymentJson(nobody, approved, "10.00"))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("supplierId"));
        assertNothingPaid();
        assertThat(storedEvents(dataSource, "SupplierPaymentMade.v1", nobody.toString())).isZero();
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-payments/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
    }

    @Test
    void anInvoiceListedTwiceIsRefused() {
        pay(paymentJson(supplier, approved, "100.00", approved, "100.00"))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("items[1].supplierInvoiceId"))
                .body("violations[0].rule", equalTo("distinct"));
        assertNothingPaid();
    }

    @Test
    void zeroNegativeAndTooFineAmountsAreRefused() {
        pay(paymentJson(supplier, approved, "0", approved, "-5"))
                .then().statusCode(400)
                .body("violations.field", hasItems("items[0].amount", "items[1].amount"));
        pay(paymentJson(supplier, approved, "10.001"))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("items[0].amount"))
                .body("violations[0].rule", equalTo("minor-unit"));
        pay("""
                {"supplierId": "%s", "items": []}""".formatted(supplier))
                .then().statusCode(400).body("violations.field", hasItems("paymentDate", "items"));
        assertNothingPaid();
    }

    @Test
    void onlyApproversPayAndATokenIsRequired() {
        String body = paymentJson(supplier, approved, "100.00");
        for (String token : new String[] {CLERK, AUDITOR, TestTokens.bearer("ivy", "integration")}) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/supplier-payments")
                    .then().statusCode(403).body("type", equalTo("urn:o2c:problem:forbidden"));
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/supplier-payments").then().statusCode(401);
        given().get("/api/v1/supplier-payments").then().statusCode(401);
        assertNothingPaid();
    }

    private static Response pay(String body) {
        return given().header("Authorization", APPROVER).contentType(ContentType.JSON).body(body)
                .post("/api/v1/supplier-payments");
    }

    private void assertNothingPaid() {
        assertOpen(approved, "500.00", "APPROVED");
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-payments").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(storedEvents(dataSource, "SupplierPaymentMade.v1", supplier.toString())).isZero();
        assertThat(storedEvents(dataSource, INVOICE_PAID, approved.toString())).isZero();
    }

    private static void assertOpen(UUID invoice, String open, String status) {
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + invoice)
                .then().statusCode(200)
                .body("openAmount", equalTo(open))
                .body("status", equalTo(status));
    }
}
