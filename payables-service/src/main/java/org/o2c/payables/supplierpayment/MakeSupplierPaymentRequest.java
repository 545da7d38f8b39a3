package org.o2c.payables.supplierpayment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "MakeSupplierPayment", description = "A payment to one supplier over some of its approved invoices")
public record MakeSupplierPaymentRequest(
        @Schema(description = "The supplier paid", example = "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a", required = true)
        @NotNull UUID supplierId,
        @Schema(description = "Date the money leaves our account", example = "2026-11-20", required = true)
        @NotNull @BusinessDate LocalDate paymentDate,
        @Schema(description = "1 to 500 items, each supplier invoice at most once", required = true)
        @NotEmpty @Size(max = SupplierPayment.MAX_ITEMS) List<@NotNull @Valid SupplierPaymentItemRequest> items) {
}
