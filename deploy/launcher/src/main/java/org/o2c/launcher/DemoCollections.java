package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The collector's day on the demo data: disputes on a few unpaid overdue invoices, promises to pay for others, and a
 * dunning run per legal entity as of today, which leaves the disputed and promised invoices out.
 */
final class DemoCollections {
    private static final List<String> DISPUTE_REASONS = List.of("PRICE", "QUANTITY", "DAMAGED_GOODS");

    private final DemoUser collector;
    private final LocalDate today;

    DemoCollections(DemoUser collector, LocalDate today) {
        this.collector = collector;
        this.today = today;
    }

    String chase(List<DemoData.Invoice> unpaidOverdue) {
        int disputes = 0;
        int promises = 0;
        for (int i = 0; i < unpaidOverdue.size() && disputes + promises < 5; i++) {
            DemoData.Invoice invoice = unpaidOverdue.get(i);
            if (i % 2 == 0 && disputes < 3) {
                BigDecimal amount = invoice.gross().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
                collector.postWhenKnown(StackService.COLLECTIONS, "/api/v1/disputes", "demo-dispute-" + (i + 1), Map.of(
                        "invoiceId", invoice.id(), "reasonCode", DISPUTE_REASONS.get(disputes),
                        "amount", amount.toPlainString(), "note", "customer called about " + invoice.number()));
                disputes++;
            } else if (promises < 2) {
                collector.postWhenKnown(StackService.COLLECTIONS, "/api/v1/promises-to-pay", "demo-promise-" + (i + 1),
                        Map.of("customerId", invoice.customer().id(), "amount", invoice.gross().toPlainString(),
                                "promisedDate", today.plusDays(10).toString(), "invoiceIds", List.of(invoice.id())));
                promises++;
            }
        }
        int letters = 0;
        for (DemoCatalog.LegalEntity entity : DemoCatalog.LEGAL_ENTITIES) {
            JsonNode run = collector.post(StackService.COLLECTIONS, "/api/v1/dunning-runs",
                    "demo-dunning-run-" + entity.code() + "-" + today,
                    Map.of("legalEntity", entity.code(), "asOf", today.toString()));
            letters += run.path("letters").size();
        }
        return "%d disputes, %d promises to pay, %d dunning letters".formatted(disputes, promises, letters);
    }
}
