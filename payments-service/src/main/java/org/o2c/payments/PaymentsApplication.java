package org.o2c.payments;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c payments-service", version = "1.0", description = """
        The receivables ledger: each customer's open items and unapplied cash, receipts, cash application, bank statements and bank reconciliation. Publishes on o2c.payments.events."""))
public class PaymentsApplication extends Application {
}
