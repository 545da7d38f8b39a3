package org.o2c.payables;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.o2c.testing.auth.TestTokens;

/** Request helpers for the payables tests: the users of an AP team and the documents most tests need. */
public final class Fixtures {
    public static final String CLERK_USER = "carl.clerk";
    public static final String CLERK = TestTokens.bearer(CLERK_USER, "ap-clerk");
    public static final String APPROVER_USER = "anna.approver";
    public static final String APPROVER = TestTokens.bearer(APPROVER_USER, "ap-approver");
    public static final String AUDITOR = TestTokens.bearer("audrey.auditor", "auditor");

    private Fixtures() {
    }

    public static String supplierJson(String name, String legalEntity, String currency, int netDays) {
        return """
                {"name": "%s", "legalEntity": "%s", "currency": "%s", "paymentTermsNetDays": %d}"""
                .formatted(name, legalEntity, currency, netDays);
    }

    public static UUID registerSupplier(String legalEntity, String currency, int netDays) {
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(supplierJson("Supplier " + UUID.randomUUID(), legalEntity, currency, netDays))
                .post("/api/v1/suppliers")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String invoiceJson(UUID supplierId, String number, String currency, String net, String tax,
                                     String gross) {
        return """
                {"supplierId": "%s", "supplierInvoiceNumber": "%s", "invoiceDate": "2026-11-02", "currency": "%s",
                 "netAmount": "%s", "taxAmount": "%s", "grossAmount": "%s"}"""
                .formatted(supplierId, number, currency, net, tax, gross);
    }

    /** A supplier invoice registered by the clerk, for the given gross (no tax). */
    public static UUID registerInvoice(UUID supplierId, String currency, String gross) {
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(supplierId, "RE-" + UUID.randomUUID(), currency, gross, "0", gross))
                .post("/api/v1/supplier-invoices")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static void approve(UUID supplierInvoiceId) {
        given().header("Authorization", APPROVER).post("/api/v1/supplier-invoices/" + supplierInvoiceId + "/approval")
                .then().statusCode(200);
    }

    /** A supplier invoice registered by the clerk and approved by the approver. */
    public static UUID approvedInvoice(UUID supplierId, String currency, String gross) {
        UUID id = registerInvoice(supplierId, currency, gross);
        approve(id);
        return id;
    }

    /** Items as pairs of supplier invoice id and amount. */
    public static String paymentJson(UUID supplierId, Object... invoiceAndAmount) {
        String items = Arrays.stream(pairs(invoiceAndAmount))
                .map(p -> "{\"supplierInvoiceId\": \"" + p[0] + "\", \"amount\": \"" + p[1] + "\"}")
                .collect(Collectors.joining(", "));
        return """
                {"supplierId": "%s", "paymentDate": "2026-11-20", "items": [%s]}""".formatted(supplierId, items);
    }

    private static Object[][] pairs(Object[] flat) {
        Object[][] pairs = new Object[flat.length / 2][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new Object[] {flat[2 * i], flat[2 * i + 1]};
        }
        return pairs;
    }

    /** Stored events of one type whose JSON mentions the text, e.g. a supplier id: what the relay would publish. */
    public static long storedEvents(DataSource dataSource, String type, String mentioning) {
        try (Connection c = dataSource.getConnection(); PreparedStatement events = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND convert_from(payload, 'UTF8') LIKE ?")) {
            events.setString(1, type);
            events.setString(2, "%" + mentioning + "%");
            try (ResultSet rs = events.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String[] fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .toArray(String[]::new);
    }
}
