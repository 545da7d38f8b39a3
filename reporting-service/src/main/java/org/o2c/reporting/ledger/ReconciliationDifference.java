package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReconciliationDifference", description = """
        An invoice or supplier invoice whose open amount in the subledger is not what the control account holds for
        it""")
public record ReconciliationDifference(
        @Schema(description = "The invoice or supplier invoice; null for control account lines without one",
                nullable = true) UUID documentId,
        @Schema(description = "Its number, where the subledger knows it", example = "INV-2026-000042",
                nullable = true) String documentNumber,
        @Schema(description = "Open amount in the subledger (0 when the subledger does not know it)",
                example = "1190.00", type = SchemaType.STRING) BigDecimal subledger,
        @Schema(description = "What the control account holds for it (0 when nothing was posted)",
                example = "0.00", type = SchemaType.STRING) BigDecimal ledger) {
}
