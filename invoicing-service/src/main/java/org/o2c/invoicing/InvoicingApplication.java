package org.o2c.invoicing;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(info = @Info(title = "o2c invoicing-service", version = "1.0", description = """
        Customers and their payment terms, and invoices with gapless numbers. Every change is stored as an event
        and published on the Kafka topic o2c.invoicing.events (CustomerRegistered.v1, InvoiceIssued.v1).
        Amounts are decimal strings in the currency's minor unit, e.g. "1234.50"."""),
        tags = {@Tag(name = "Customers", description = "Customer accounts: billing data, currency, payment terms"),
                @Tag(name = "Invoices", description = "Issuing and reading invoices")})
public class InvoicingApplication extends Application {
}
