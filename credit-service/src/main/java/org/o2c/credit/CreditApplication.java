package org.o2c.credit;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c credit-service", version = "1.0", description = """
        Credit profiles, limits, exposure, credit checks and holds. Publishes on o2c.credit.events."""))
public class CreditApplication extends Application {
}
