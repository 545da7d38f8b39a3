package org.o2c.invoicing.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueInvoiceBatch", description = "Invoices to issue together, all or nothing")
public record IssueInvoiceBatchRequest(
        @Schema(description = "1 to " + IssueInvoiceBatchRequest.MAX_INVOICES + " invoices, each as for "
                + "POST /api/v1/invoices", required = true)
        @NotEmpty @Size(max = MAX_INVOICES) List<@NotNull @Valid IssueInvoiceRequest> invoices) {
    public static final int MAX_INVOICES = 1000;
}
