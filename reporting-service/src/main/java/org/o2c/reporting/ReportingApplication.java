package org.o2c.reporting;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c reporting-service", version = "1.0", description = """
        AR aging and other reports, projected from every service's Kafka topic. Publishes on o2c.reporting.events."""))
public class ReportingApplication extends Application {
}
