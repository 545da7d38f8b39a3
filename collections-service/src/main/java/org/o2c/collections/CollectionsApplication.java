package org.o2c.collections;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c collections-service", version = "1.0", description = """
        Overdue work: dunning policies and runs with their letters, promises to pay, disputes and the collector's \
        worklist. Publishes on o2c.collections.events."""))
public class CollectionsApplication extends Application {
}
