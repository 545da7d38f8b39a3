package org.o2c.invoicing.invoice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EarlyPaymentDiscountTerms", description = """
        An early-payment discount the invoice offers: percent off the gross amount for a payment whose value date is \
        at most days after the issue date (not after the due date). E.g. 2 % within 10 days, net 30.""")
public record DiscountTermsRequest(
        @Schema(description = "Percent of the gross amount, more than 0 and at most 20, two decimals",
                type = SchemaType.STRING, example = "2.00", required = true)
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("20") @Digits(integer = 2, fraction = 2)
        BigDecimal percent,
        @Schema(description = "Days after the issue date the payment may arrive to earn it", example = "10",
                minimum = "0", maximum = "365", required = true)
        @NotNull @Min(0) @Max(365) Integer days) {
}
