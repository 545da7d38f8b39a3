package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Exposure", description = """
        The parts of the exposure, as the customer's receivable account stated them after its latest event on
        o2c.payments.events: exposure = openItems - unappliedCash - creditBalance""")
public record ExposureView(
        @Schema(description = "Sum of the open amounts of the customer's invoices", example = "84000.00",
                type = SchemaType.STRING) BigDecimal openItems,
        @Schema(description = "Payments received and not yet applied to an invoice (advances, overpayments)",
                example = "1500.00", type = SchemaType.STRING) BigDecimal unappliedCash,
        @Schema(description = "Credit notes above what was still open on their invoice", example = "0.00",
                type = SchemaType.STRING) BigDecimal creditBalance,
        @Schema(description = "When the payments event that stated these totals was taken; null if none yet",
                example = "2026-11-22T09:10:00Z", nullable = true) Instant updatedAt) {
}
