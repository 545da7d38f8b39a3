package org.o2c.invoicing.pricing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "PriceListRevision", description = "A price list's validity and prices, replacing the current ones")
public record PriceListRevisionRequest(
        @Schema(description = "First day the list holds", required = true)
        @NotNull @BusinessDate(futureYears = 10) LocalDate validFrom,
        @Schema(description = "Last day the list holds; absent or null: until changed", nullable = true)
        @BusinessDate(futureYears = 10) LocalDate validTo,
        @Schema(description = "1 to 5,000 products, each once", required = true)
        @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid ListedPriceRequest> prices) {

    List<ListedPrice> listed() {
        return ListedPriceRequest.listed(prices);
    }
}
