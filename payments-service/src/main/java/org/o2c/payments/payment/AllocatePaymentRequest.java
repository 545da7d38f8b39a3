package org.o2c.payments.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllocatePayment", description = "How to apply a payment's unapplied rest to invoices")
public record AllocatePaymentRequest(
        @Schema(description = "1 to 100 allocations, each invoice at most once; together at most the payment's "
                + "unapplied amount", required = true)
        @NotEmpty @Size(max = AllocatePaymentRequest.MAX_ALLOCATIONS)
        List<@NotNull @Valid AllocationRequest> allocations) {
    public static final int MAX_ALLOCATIONS = 100;
}
