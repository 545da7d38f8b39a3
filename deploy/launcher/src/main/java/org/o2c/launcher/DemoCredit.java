package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Credit limits for every demo customer, set by the credit manager before the invoices arrive, so that the larger
 * accounts run over their limits and credit holds appear; one raise above the approval threshold approved by a
 * second credit manager, another left waiting for approval.
 */
final class DemoCredit {
    private static final List<Integer> LIMITS = List.of(5_000, 10_000, 15_000, 25_000, 40_000);

    private final DemoUser manager;
    private final DemoUser secondManager;

    DemoCredit(DemoUser manager, DemoUser secondManager) {
        this.manager = manager;
        this.secondManager = secondManager;
    }

    void setLimits(List<DemoData.Customer> customers, Random random) {
        for (DemoData.Customer customer : customers) {
            manager.putWhenKnown(StackService.CREDIT, profile(customer), limit(customer,
                    LIMITS.get(random.nextInt(LIMITS.size()))));
        }
        // raises above the approval threshold wait for a second credit manager
        manager.put(StackService.CREDIT, profile(customers.get(0)), limit(customers.get(0), 120_000));
        secondManager.post(StackService.CREDIT, profile(customers.get(0)) + "/pending-limit-change/approval",
                "demo-credit-approval-1", Map.of());
        manager.put(StackService.CREDIT, profile(customers.get(1)), limit(customers.get(1), 150_000));
    }

    void reportHolds(List<DemoData.Customer> customers, PrintStream out) {
        JsonNode onHold = manager.get(StackService.CREDIT, "/api/v1/credit-profiles?onHold=true&size=1");
        out.printf("credit: %d of %d customers on credit hold (exposure above limit), one limit raise awaiting "
                + "approval%n", onHold.path("totalItems").asLong(), customers.size());
    }

    private static String profile(DemoData.Customer customer) {
        return "/api/v1/credit-profiles/" + customer.id();
    }

    private static Map<String, Object> limit(DemoData.Customer customer, int amount) {
        return Map.of("creditLimit", amount + ".00", "currency", customer.legalEntity().currency());
    }
}
