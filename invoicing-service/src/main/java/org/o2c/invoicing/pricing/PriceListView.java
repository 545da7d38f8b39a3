package org.o2c.invoicing.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriceList", description = "A price list of a legal entity in one currency, with its prices")
public record PriceListView(
        @Schema(required = true, description = "Price list id") UUID id,
        @Schema(required = true, description = "Legal entity whose prices these are", example = "DE01") String legalEntity,
        @Schema(required = true, description = "Currency of the prices, ISO 4217", example = "EUR") String currency,
        @Schema(required = true, description = "Name, unique in the legal entity and currency", example = "Trade prices 2027") String name,
        @Schema(required = true, description = "First day the list holds") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day the list holds; null: until changed")
        LocalDate validTo,
        @Schema(required = true, description = "Counts from 1; sent back as If-Match to revise the list", example = "1")
        int revision,
        @Schema(required = true, description = "The user who published or last revised it") String changedBy,
        @Schema(required = true, description = "When it was published or last revised") Instant changedAt,
        @Schema(required = true, description = "By product") List<PriceView> prices) {

    @Schema(name = "ListedPrice")
    public record PriceView(
            @Schema(required = true, description = "The product's code", example = "KEG-PILS-50") String product,
            @Schema(required = true, description = "Net price of one unit", example = "119.50") String unitPrice) {
    }
}
