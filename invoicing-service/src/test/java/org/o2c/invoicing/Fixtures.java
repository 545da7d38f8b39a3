package org.o2c.invoicing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.o2c.testing.auth.TestTokens;

/** Request helpers for the invoicing tests: tokens and the documents most tests need. */
public final class Fixtures {
    public static final String CLERK = TestTokens.bearer("clara.clerk", "ar-clerk");
    public static final String MANAGER = TestTokens.bearer("max.manager", "ar-manager");

    private Fixtures() {
    }

    public static String customerJson(String name, String legalEntity, String currency, int netDays) {
        return """
                {"name": "%s", "legalEntity": "%s", "currency": "%s", "paymentTermsNetDays": %d}"""
                .formatted(name, legalEntity, currency, netDays);
    }

    public static UUID registerCustomer(String legalEntity, String currency, int netDays) {
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(customerJson("Customer " + UUID.randomUUID(), legalEntity, currency, netDays))
                .post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String invoiceJson(UUID customerId, String issueDate, String quantity, String unitPrice,
                                     String taxRate) {
        return """
                {"customerId": "%s", "issueDate": "%s",
                 "lines": [{"description": "Pilsner keg 50 l", "quantity": "%s", "unitPrice": "%s", "taxRate": "%s"}]}"""
                .formatted(customerId, issueDate, quantity, unitPrice, taxRate);
    }

    /** A legal entity no other test uses, so that its number series start at 1. */
    public static String freshLegalEntity(String prefix) {
        return prefix + (int) (Math.random() * 90000 + 10000);
    }

    /** 3 × 33.33 at 19 % and a deposit of 1 × 30 at 0 %: net 129.99, tax 19.00, gross 148.99. */
    public static String kegsAndDepositJson(UUID customerId, String issueDate) {
        return """
                {"customerId": "%s", "issueDate": "%s", "lines": [
                  {"description": "Pilsner keg 50 l", "quantity": "3", "unitPrice": "33.33", "taxRate": "19"},
                  {"description": "Deposit", "quantity": "1", "unitPrice": "30", "taxRate": "0"}]}"""
                .formatted(customerId, issueDate);
    }

    public static UUID issueInvoice(String body) {
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body)
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A price list in EUR pricing a keg of pils at {@code pils} and its deposit at 30.00. */
    public static String priceListJson(String legalEntity, String name, String from, String to, String pils) {
        return "{\"legalEntity\": \"" + legalEntity + "\", \"currency\": \"EUR\", \"name\": \"" + name + "\", "
                + "\"validFrom\": \"" + from + "\"" + (to == null ? "" : ", \"validTo\": \"" + to + "\"")
                + ", \"prices\": [{\"product\": \"KEG-PILS-50\", \"unitPrice\": \"" + pils + "\"}, "
                + "{\"product\": \"KEG-DEPOSIT\", \"unitPrice\": \"30\"}]}";
    }
}
