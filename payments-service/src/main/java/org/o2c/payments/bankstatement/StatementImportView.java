package org.o2c.payments.bankstatement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementImport", description = "What a bank file held and what the matching did with it")
public record StatementImportView(
        @Schema(description = "The statements of the file, in its order", required = true)
        List<BankStatementView> statements,
        @Schema(description = "Credit lines applied automatically", required = true, example = "41")
        int appliedAutomatically,
        @Schema(description = "Credit lines left for a clerk, with suggestions", required = true, example = "3")
        int waiting) {
}
