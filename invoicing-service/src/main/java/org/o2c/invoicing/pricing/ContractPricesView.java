package org.o2c.invoicing.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractPrices", description = "The prices agreed with a customer, in the customer's billing currency")
public record ContractPricesView(
        @Schema(required = true, description = "The customer") UUID customerId,
        @Schema(required = true, description = "Legal entity that bills the customer", example = "DE01") String legalEntity,
        @Schema(required = true, description = "The customer's billing currency, in which the prices are", example = "EUR") String currency,
        @Schema(required = true, description = "0 while none was ever agreed; sent back as If-Match", example = "2")
        int revision,
        @Schema(required = true, nullable = true, description = "Who agreed the prices last; null while none was")
        String changedBy,
        @Schema(required = true, nullable = true, description = "When the prices were last agreed; null while never") Instant changedAt,
        @Schema(required = true, description = "By product, then from when") List<PriceView> prices) {

    @Schema(name = "ContractPrice")
    public record PriceView(
            @Schema(required = true, description = "The product's code", example = "KEG-PILS-50") String product,
            @Schema(required = true, description = "Net price of one unit", example = "112.00") String unitPrice,
            @Schema(required = true, description = "First day the price holds") LocalDate validFrom,
            @Schema(required = true, nullable = true, description = "Last day the price holds; null: until changed") LocalDate validTo) {
    }
}
