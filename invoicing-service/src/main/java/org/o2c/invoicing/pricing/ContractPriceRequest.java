package org.o2c.invoicing.pricing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "ContractPriceInput", description = "A product's price agreed with the customer for a time")
public record ContractPriceRequest(
        @Schema(description = PriceListRequest.PRODUCT, example = "KEG-PILS-50", pattern = PriceListRequest.PRODUCT_CODE,
                required = true)
        @NotNull @Pattern(regexp = PriceListRequest.PRODUCT_CODE, message = PriceListRequest.PRODUCT_RULE)
        String product,
        @Schema(description = "Net price of one unit, 0 or more, up to 4 decimals", example = "112.00",
                type = SchemaType.STRING, required = true)
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @Schema(description = "First day the price holds", required = true)
        @NotNull @BusinessDate(futureYears = 10) LocalDate validFrom,
        @Schema(description = "Last day the price holds; absent or null: until changed", nullable = true)
        @BusinessDate(futureYears = 10) LocalDate validTo) {
}
