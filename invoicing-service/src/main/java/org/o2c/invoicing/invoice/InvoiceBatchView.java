package org.o2c.invoicing.invoice;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceBatch", description = "The invoices issued, in the order of the request")
public record InvoiceBatchView(
        @Schema(description = "One per invoice of the request, in the same order") List<IssuedInvoice> invoices) {
}
