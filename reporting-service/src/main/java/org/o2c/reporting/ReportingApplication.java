package org.o2c.reporting;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c reporting-service", version = "1.0", description = """
        AR and AP aging, DSO and customer statements, projected from the other services' Kafka topics. Publishes \
        no events."""))
public class ReportingApplication extends Application {
}
