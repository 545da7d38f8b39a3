package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The payables side of the demo: suppliers of both legal entities, four months of supplier invoices registered by
 * the AP clerk, most approved by the AP approver (another person, as segregation of duties demands), and paid in
 * full or in part.
 */
final class DemoPayables {
    static final int SUPPLIER_INVOICES = 30;
    private static final Map<String, List<String>> SUPPLIERS = Map.of(
            "DE01", List.of("Mälzerei Weyermann GmbH", "Brauerei Rothaus AG", "Glashütte Sachsen GmbH",
                    "Spedition Kühne KG"),
            "US01", List.of("Great Plains Malting Co.", "Yakima Hop Farms LLC", "Midwest Stainless Inc.",
                    "Atlas Freight Lines"));

    private final DemoUser clerk;
    private final DemoUser approver;
    private final LocalDate today;

    DemoPayables(DemoUser clerk, DemoUser approver, LocalDate today) {
        this.clerk = clerk;
        this.approver = approver;
        this.today = today;
    }

    private record Supplier(String id, DemoCatalog.LegalEntity legalEntity) {
    }

    String load(Random random) {
        List<Supplier> suppliers = new ArrayList<>();
        for (DemoCatalog.LegalEntity entity : DemoCatalog.LEGAL_ENTITIES) {
            for (String name : SUPPLIERS.get(entity.code())) {
                JsonNode supplier = clerk.post(StackService.PAYABLES, "/api/v1/suppliers",
                        "demo-supplier-" + (suppliers.size() + 1), Map.of("name", name, "legalEntity", entity.code(),
                                "currency", entity.currency(), "paymentTermsNetDays", 30));
                suppliers.add(new Supplier(supplier.path("id").asText(), entity));
            }
        }
        int approved = 0;
        int paid = 0;
        for (int i = 0; i < SUPPLIER_INVOICES; i++) {
            Supplier supplier = suppliers.get(random.nextInt(suppliers.size()));
            BigDecimal net = BigDecimal.valueOf(20_000 + random.nextInt(780_000), 2);
            BigDecimal tax = "EUR".equals(supplier.legalEntity().currency())
                    ? net.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
            LocalDate invoiceDate = today.minusDays(5 + random.nextInt(115));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("supplierId", supplier.id());
            body.put("supplierInvoiceNumber", "RE-" + invoiceDate.getYear() + "-" + (8100 + i));
            body.put("invoiceDate", invoiceDate.toString());
            body.put("currency", supplier.legalEntity().currency());
            body.put("netAmount", net.toPlainString());
            body.put("taxAmount", tax.toPlainString());
            body.put("grossAmount", net.add(tax).toPlainString());
            JsonNode invoice = clerk.post(StackService.PAYABLES, "/api/v1/supplier-invoices",
                    "demo-supplier-invoice-" + (i + 1), body);
            double chance = random.nextDouble();
            if (chance < 0.75) {
                String id = invoice.path("id").asText();
                approver.post(StackService.PAYABLES, "/api/v1/supplier-invoices/" + id + "/approval",
                        "demo-supplier-approval-" + (i + 1), Map.of());
                approved++;
                LocalDate dueDate = LocalDate.parse(invoice.path("dueDate").asText());
                if (chance < 0.45) {
                    BigDecimal gross = net.add(tax);
                    BigDecimal amount = chance < 0.35 ? gross
                            : gross.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                    approver.post(StackService.PAYABLES, "/api/v1/supplier-payments", "demo-supplier-payment-" + (i + 1),
                            Map.of("supplierId", supplier.id(),
                                    "paymentDate", (dueDate.isAfter(today) ? today : dueDate).toString(),
                                    "items", List.of(Map.of("supplierInvoiceId", id, "amount", amount.toPlainString()))));
                    paid++;
                }
            }
        }
        return "%d suppliers, %d supplier invoices (%d approved by a second person, %d paid)"
                .formatted(suppliers.size(), SUPPLIER_INVOICES, approved, paid);
    }
}
