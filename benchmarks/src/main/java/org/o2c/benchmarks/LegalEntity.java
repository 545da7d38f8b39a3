package org.o2c.benchmarks;

import java.util.List;

/** A legal entity the benchmark bills from, with its currency and what it sells. */
record LegalEntity(String code, String currency, List<Product> products) {

    /** A thing to sell: unit price and tax rate as decimal strings, and how many are usually bought at most. */
    record Product(String description, String unitPrice, String taxRate, int maxQuantity) {
    }

    private static final List<Product> BEVERAGES = List.of(
            new Product("Pilsner keg 50 l", "119.50", "19", 12),
            new Product("Helles crate 20 x 0.5 l", "18.90", "19", 60),
            new Product("Mineral water crate 12 x 0.75 l", "9.80", "19", 80),
            new Product("Pretzels, 100 pieces", "38.00", "7", 10),
            new Product("Keg deposit", "30.00", "0", 12),
            new Product("Tap system service", "145.00", "19", 2));
    private static final List<Product> BREWING_SUPPLIES = List.of(
            new Product("Pale malt 55 lb sack", "48.75", "0", 40),
            new Product("Cascade hops 11 lb", "92.00", "0", 10),
            new Product("Sanitizer 5 gal", "79.00", "7.25", 6),
            new Product("CO2 cylinder refill", "32.00", "7.25", 8),
            new Product("Glassware, pint, case of 24", "41.50", "7.25", 12),
            new Product("Freight", "120.00", "0", 1));

    static final LegalEntity DE01 = new LegalEntity("DE01", "EUR", BEVERAGES);
    static final LegalEntity US01 = new LegalEntity("US01", "USD", BREWING_SUPPLIES);
    static final LegalEntity FR01 = new LegalEntity("FR01", "EUR", BEVERAGES);
    static final LegalEntity GB01 = new LegalEntity("GB01", "GBP", BREWING_SUPPLIES);

    /** The first {@code count} of DE01, US01, FR01, GB01. */
    static List<LegalEntity> first(int count) {
        List<LegalEntity> all = List.of(DE01, US01, FR01, GB01);
        if (count < 1 || count > all.size()) {
            throw new IllegalArgumentException("--legal-entities must be 1 to " + all.size());
        }
        return all.subList(0, count);
    }
}
