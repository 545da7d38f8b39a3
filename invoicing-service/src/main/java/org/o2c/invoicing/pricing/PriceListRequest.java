package org.o2c.invoicing.pricing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "PriceListInput", description = "A price list to publish")
public record PriceListRequest(
        @Schema(description = "Legal entity whose prices these are", example = "DE01", pattern = "^[A-Z0-9]{2,10}$",
                required = true)
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits")
        String legalEntity,
        @Schema(description = "Currency of the prices, ISO 4217", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "Name, unique among the legal entity's price lists in the currency",
                example = "Trade prices 2027", maxLength = 100, required = true)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "First day the list holds", required = true)
        @NotNull @BusinessDate(futureYears = 10) LocalDate validFrom,
        @Schema(description = "Last day the list holds; absent or null: until changed", nullable = true)
        @BusinessDate(futureYears = 10) LocalDate validTo,
        @Schema(description = "1 to 5,000 products, each once", required = true)
        @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid ListedPriceRequest> prices) {

    static final String PRODUCT = "The product's code, as the ERP and the orders write it: 1 to 40 letters, digits "
            + "and . _ / -, starting with a letter or digit";
    static final String PRODUCT_CODE = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$";
    static final String PRODUCT_RULE = "must be 1 to 40 letters, digits and . _ / -, starting with a letter or digit";

    List<ListedPrice> listed() {
        return ListedPriceRequest.listed(prices);
    }
}
