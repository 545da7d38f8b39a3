package org.o2c.payments.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.payments.receivable.RestOfItem;

@Schema(name = "Allocation", description = "Part of the payment to apply to one invoice")
public record AllocationRequest(
        @Schema(description = "An open invoice of the payment's customer, in the payment's currency",
                example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", required = true)
        @NotNull UUID invoiceId,
        @Schema(description = "Amount to apply: greater than 0, at most the invoice's open amount",
                example = "568.82", type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount,
        @Schema(description = """
                How to settle what the amount leaves open on the invoice: DISCOUNT grants the early-payment discount \
                the invoice offers (the rest must be that discount, the payment's value date by its pay-by date); \
                WRITE_OFF writes the rest off (at most the legal entity's write-off tolerance); DEDUCTION keeps it \
                open as a deduction for collections. Left out, the rest simply stays open.""",
                nullable = true, example = "DISCOUNT")
        RestOfItem.How settleRestAs) {

    /** The rest settled as asked, a write-off within {@code tolerance}; null when not asked. */
    public RestOfItem rest(RestOfItem.Tolerance tolerance) {
        return settleRestAs == null ? null : new RestOfItem(settleRestAs,
                settleRestAs == RestOfItem.How.WRITE_OFF ? tolerance : null, restReason());
    }

    /** Why the rest is settled so, in words; null when not asked. */
    public String restReason() {
        return settleRestAs == null ? null : switch (settleRestAs) {
            case DISCOUNT -> "early-payment discount";
            case WRITE_OFF -> "written off by a clerk within the tolerance";
            case DEDUCTION -> "short payment kept open by a clerk";
        };
    }
}
