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
        int waiting,
        @Schema(description = "Credit lines that are the same movement as a line of another report already applied "
                + "(an interim report and the day's statement): reconciled with it, not applied again",
                required = true, example = "0") int reconciled,
        @Schema(description = "Debit lines that return a customer's payment (a returned transfer or direct debit): "
                + "the payment returned with the bank's reason, the line reconciled with it", required = true,
                example = "1") int returned,
        @Schema(description = "Debit lines of payments we made to suppliers (payables' SupplierPaymentMade): "
                + "reconciled with them", required = true, example = "2") int supplierPayments) {
}
