package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The month-end of the demo company: once the general ledger has posted everything the demo loaded and reconciles
 * with the subledgers, the controller closes the oldest month of each legal entity, acknowledging what its
 * checklist found with a note, as a controller would after reviewing it.
 */
final class DemoLedger {
    private final DemoUser controller;
    private final LocalDate today;

    DemoLedger(DemoUser controller, LocalDate today) {
        this.controller = controller;
        this.today = today;
    }

    /** Closes the month the demo's invoices start in; answers what it did, for the summary line. */
    String closeOldestMonth(List<DemoCatalog.LegalEntity> legalEntities) {
        YearMonth oldest = YearMonth.from(today.minusMonths(6));
        List<String> closed = new ArrayList<>();
        for (DemoCatalog.LegalEntity entity : legalEntities) {
            String code = entity.code();
            controller.awaitGet(StackService.REPORTING, "/api/v1/ledger/reconciliation?legalEntity=" + code
                    + "&asOf=" + today, answer -> answer.path("reconciled").asBoolean());
            JsonNode checklist = controller.get(StackService.REPORTING, "/api/v1/ledger/" + code + "/periods/"
                    + oldest + "/checklist");
            List<String> findings = new ArrayList<>();
            checklist.path("items").forEach(item -> {
                if (!item.path("clean").asBoolean()) {
                    findings.add(item.path("item").asText());
                }
            });
            Map<String, Object> body = new LinkedHashMap<>();
            if (!findings.isEmpty()) {
                body.put("acknowledge", findings);
                body.put("note", "Reviewed at month-end: " + String.join(", ", findings).toLowerCase()
                        .replace('_', ' ') + " carried into the next month");
            }
            controller.post(StackService.REPORTING, "/api/v1/ledger/" + code + "/periods/" + oldest + "/close",
                    "demo-close-" + code + "-" + oldest, body);
            closed.add(code);
        }
        return "ledger reconciled, " + oldest + " closed for " + String.join(" and ", closed);
    }
}
