package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.o2c.testing.bank.Camt053File;

/**
 * Today's bank statement of DE01's main account, as the bank sends it: customers paying invoices not yet due with the
 * invoice number (written their own way, one with a typo, one a little short), or with nothing but their name; a
 * payment nobody can place, one whose amount alone fits an invoice, bank charges.
 * The matching applies what it is sure of; the rest waits in the exception queue with its suggestions.
 */
final class DemoBankStatement {
    static final String IBAN = "DE89370400440532013000";

    private final DemoUser manager;
    private final DemoUser clerk;
    private final LocalDate today;

    DemoBankStatement(DemoUser manager, DemoUser clerk, LocalDate today) {
        this.manager = manager;
        this.clerk = clerk;
        this.today = today;
    }

    /** Returns a one-line summary of what was imported and applied. */
    String importToday(Map<DemoData.Invoice, BigDecimal> notYetDue) {
        manager.post(StackService.PAYMENTS, "/api/v1/bank-accounts", "demo-bank-account-de01", Map.of(
                "legalEntity", "DE01", "name", "Main account Commerzbank", "accountNumber", IBAN, "bic", "COBADEFFXXX",
                "currency", "EUR", "clearingAccount", "1200"));
        List<Map.Entry<DemoData.Invoice, BigDecimal>> open = new ArrayList<>(notYetDue.entrySet().stream()
                .filter(e -> e.getKey().customer().legalEntity().code().equals("DE01")).toList());
        Camt053File statement = new Camt053File("DEMO-" + today, IBAN, "EUR", today, "25000.00");
        int n = 0;
        for (Map.Entry<DemoData.Invoice, BigDecimal> item : open) {
            DemoData.Invoice invoice = item.getKey();
            String amount = item.getValue().toPlainString();
            String payer = invoice.customer().name();
            switch (n++) {
                case 0, 1, 2, 3 -> statement.credit(amount, "Rechnung " + invoice.number(), null, payer, null);
                case 4 -> statement.credit(amount, "Ihre Rg. " + invoice.number().replace("-", " ") + " vom "
                        + invoice.issueDate(), null, payer, null);
                case 5 -> statement.credit(amount, "RE " + swapLastDigits(invoice.number()), null, payer, null);
                case 6 -> statement.credit(item.getValue().multiply(new BigDecimal("0.98"))
                        .setScale(2, RoundingMode.HALF_UP).toPlainString(), invoice.number() + " abzgl. Bruch", null,
                        payer, null);
                case 7 -> statement.credit(amount, "Zahlung Lieferung", null, payer, null);
                case 8 -> statement.credit(amount, "Sammelzahlung", null, null, null);
                default -> {
                }
            }
        }
        statement.credit("318.40", "Danke fuer die Lieferung", null, "Gaststaette Unbekannt", null);
        statement.debit("12.50", "Kontofuehrung", "Commerzbank AG");
        JsonNode imported = clerk.postFile(StackService.PAYMENTS, "/api/v1/bank-statements", "demo-statement-" + today,
                "application/xml", statement.bytes());
        return "bank statement of " + today + ": %d credit lines applied automatically, %d waiting in the queue"
                .formatted(imported.path("appliedAutomatically").asInt(), imported.path("waiting").asInt());
    }

    private static String swapLastDigits(String number) {
        int n = number.length();
        return number.substring(0, n - 2) + number.charAt(n - 1) + number.charAt(n - 2);
    }
}
