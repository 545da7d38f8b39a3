package org.o2c.invoicing.pricing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListedPriceInput", description = "A product's price on a price list")
public record ListedPriceRequest(
        @Schema(description = PriceListRequest.PRODUCT, example = "KEG-PILS-50", pattern = PriceListRequest.PRODUCT_CODE,
                required = true)
        @NotNull @Pattern(regexp = PriceListRequest.PRODUCT_CODE, message = PriceListRequest.PRODUCT_RULE)
        String product,
        @Schema(description = "Net price of one unit, 0 or more, up to 4 decimals", example = "119.50",
                type = SchemaType.STRING, required = true)
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice) {

    static List<ListedPrice> listed(List<ListedPriceRequest> prices) {
        return prices.stream().map(p -> new ListedPrice(p.product(), p.unitPrice())).toList();
    }
}
