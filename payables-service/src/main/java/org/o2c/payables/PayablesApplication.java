package org.o2c.payables;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c payables-service", version = "1.0", description = """
        Suppliers, supplier invoices (each number once per supplier), their approval by a second person, and \
        supplier payments. Publishes on o2c.payables.events."""))
public class PayablesApplication extends Application {
}
