package org.o2c.invoicing.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterCustomerBatch", description = "Customers to register together, all or nothing")
public record RegisterCustomerBatchRequest(
        @Schema(description = "1 to " + RegisterCustomerBatchRequest.MAX_CUSTOMERS + " customers, each as for "
                + "POST /api/v1/customers", required = true)
        @NotEmpty @Size(max = MAX_CUSTOMERS) List<@NotNull @Valid RegisterCustomerRequest> customers) {
    public static final int MAX_CUSTOMERS = 1000;
}
