package org.o2c.credit;

import io.quarkus.test.junit.QuarkusTest;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    ServiceRunsTest() {
        super("credit");
    }
}
