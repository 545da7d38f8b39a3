package org.o2c.payables;

import org.junit.jupiter.api.Test;
import org.o2c.testing.architecture.ArchitectureRules;

class ArchitectureTest {
    @Test
    void domainIsFreeOfTheFrameworkAndNoServiceReachesIntoAnother() {
        ArchitectureRules.check("payables");
    }
}
