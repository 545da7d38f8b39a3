package org.o2c.payments;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c payments-service", version = "1.0", description = """
        The receivables ledger: each customer's open items and unapplied cash, payments received, their \
        application to invoices (by hand, or automatically by the invoice numbers a payment names) and returned \
        payments. Publishes on o2c.payments.events."""))
public class PaymentsApplication extends Application {
}
