package org.o2c.invoicing.invoice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Legal-entity settings of invoicing: {@code o2c.invoicing.tax-rounding."DE01"=PER_DOCUMENT}; entities not
 * named use {@code o2c.invoicing.default-tax-rounding}.
 */
@ConfigMapping(prefix = "o2c.invoicing")
public interface InvoicingSettings {

    @WithDefault("PER_LINE")
    TaxRounding defaultTaxRounding();

    Map<String, TaxRounding> taxRounding();

    default TaxRounding taxRoundingOf(String legalEntity) {
        return taxRounding().getOrDefault(legalEntity, defaultTaxRounding());
    }
}
