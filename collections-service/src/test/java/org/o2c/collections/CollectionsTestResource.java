package org.o2c.collections;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.o2c.testing.quarkus.PlatformTestResource;

/** Every @QuarkusTest of this service runs against real PostgreSQL and Kafka. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "collections"))
public class CollectionsTestResource {
}
