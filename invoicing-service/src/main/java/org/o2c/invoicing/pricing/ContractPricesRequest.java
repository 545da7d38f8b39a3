package org.o2c.invoicing.pricing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractPricesInput", description = "All the prices agreed with a customer, replacing the ones before")
public record ContractPricesRequest(
        @Schema(description = "0 to 1,000 prices; a product may have several for times that do not overlap; an "
                + "empty list ends every contract price", required = true)
        @NotNull @Size(max = 1000) List<@NotNull @Valid ContractPriceRequest> prices) {

    List<ContractPrice> agreed() {
        return prices.stream().map(p -> new ContractPrice(p.product(), p.unitPrice(), p.validFrom(), p.validTo()))
                .toList();
    }
}
