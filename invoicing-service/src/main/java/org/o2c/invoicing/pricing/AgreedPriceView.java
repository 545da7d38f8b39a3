package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreedPrice", description = """
        The price a customer pays for a product on a day: its contract price holding on that day, else the price of \
        the price list of its legal entity and billing currency holding on that day.""")
public record AgreedPriceView(
        @Schema(required = true, description = "The customer") UUID customerId,
        @Schema(required = true, description = "The product's code", example = "KEG-PILS-50") String product,
        @Schema(required = true, description = "The day the price is for") LocalDate on,
        @Schema(required = true, description = "The customer's billing currency", example = "EUR") String currency,
        @Schema(required = true, description = "Net price of one unit", example = "112.00") String unitPrice,
        @Schema(required = true, description = "Where the price comes from") Source source,
        @Schema(required = true, nullable = true, description = "The price list, when the price is a list price")
        UUID priceListId,
        @Schema(required = true, nullable = true, description = "The price list's name, when it is a list price")
        String priceListName,
        @Schema(required = true, description = "First day the price holds") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day the price holds; null: until changed") LocalDate validTo) {

    public enum Source { CONTRACT, PRICE_LIST }
}
