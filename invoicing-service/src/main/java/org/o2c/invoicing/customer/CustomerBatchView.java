package org.o2c.invoicing.customer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerBatch", description = "The customers registered, in the order of the request")
public record CustomerBatchView(
        @Schema(description = "One per customer of the request, in the same order") List<CustomerView> customers) {
}
