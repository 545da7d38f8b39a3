package org.o2c.launcher;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the demo data is made of: two legal entities with their customers and what they sell. Names are made up
 * but look like the customers of a beverage wholesaler in Germany and a brewing-supplies distributor in the US.
 */
final class DemoCatalog {
    private DemoCatalog() {
    }

    /** A thing to sell: its usual unit price, the tax rate that applies, and how many are usually bought. */
    record Product(String description, BigDecimal unitPrice, BigDecimal taxRate, int maxQuantity) {
        Product(String description, String unitPrice, String taxRate, int maxQuantity) {
            this(description, new BigDecimal(unitPrice), new BigDecimal(taxRate), maxQuantity);
        }
    }

    record LegalEntity(String code, String currency, List<String> customers, List<Product> products) {
    }

    static final List<Integer> PAYMENT_TERMS = List.of(14, 30, 45, 60);

    static final LegalEntity DE01 = new LegalEntity("DE01", "EUR",
            List.of("Brauhaus Köhler GmbH", "Getränke Hoffmann KG", "Gasthof Zur Linde", "Hotel Bergblick GmbH",
                    "Weinhandel Schäfer e.K.", "Biergarten am See GmbH", "Café Sommer OHG", "Kantine Nordwerk GmbH",
                    "Feinkost Brandt GmbH", "Restaurant Alte Mühle", "Eventservice Krämer GmbH",
                    "Stadthalle Lindenau GmbH", "Getränkemarkt Wagner", "Hotel Rheinblick AG",
                    "Catering Neumann GmbH", "Bäckerei Vogt GmbH & Co. KG", "Sportpark Ost e.V.",
                    "Messegastronomie Weber GmbH"),
            List.of(new Product("Pilsner keg 50 l", "119.50", "19", 12),
                    new Product("Helles crate 20 x 0.5 l", "18.90", "19", 60),
                    new Product("Weißbier crate 20 x 0.5 l", "21.40", "19", 40),
                    new Product("Mineral water crate 12 x 0.75 l", "9.80", "19", 80),
                    new Product("Apple juice crate 6 x 1 l", "11.20", "19", 40),
                    new Product("Pretzels, 100 pieces", "38.00", "7", 10),
                    new Product("Coffee beans 6 kg", "96.00", "7", 5),
                    new Product("Keg deposit", "30.00", "0", 12),
                    new Product("Tap system service", "145.00", "19", 2),
                    new Product("Delivery surcharge", "25.00", "19", 1)));

    static final LegalEntity US01 = new LegalEntity("US01", "USD",
            List.of("Pine Hollow Brewing Co.", "Riverside Taproom LLC", "Copper Kettle Brewery Inc.",
                    "Blue Ridge Hospitality Group", "Harbor Street Provisions", "Lakeside Grill & Tavern",
                    "Summit Craft Ales LLC", "Old Mill Restaurant Group", "Granite State Distributors",
                    "Prairie Wind Brewing", "Maple Avenue Market Inc.", "Bayview Catering Co.",
                    "Ironworks Beer Hall LLC", "Cedar Point Hotels Inc.", "Desert Bloom Brewing Co.",
                    "Northgate Stadium Concessions", "Red Barn Cidery", "Golden Hour Events LLC"),
            List.of(new Product("Pale malt 55 lb sack", "48.75", "0", 40),
                    new Product("Cascade hops 11 lb", "92.00", "0", 10),
                    new Product("Ale yeast pitch", "14.50", "0", 24),
                    new Product("Sanitizer 5 gal", "79.00", "7.25", 6),
                    new Product("Stainless fermenter 7 bbl", "4850.00", "7.25", 1),
                    new Product("CO2 cylinder refill", "32.00", "7.25", 8),
                    new Product("Keg coupler, D system", "64.90", "7.25", 10),
                    new Product("Glassware, pint, case of 24", "41.50", "7.25", 12),
                    new Product("Draft line cleaning", "185.00", "0", 2),
                    new Product("Freight", "120.00", "0", 1)));

    static final List<LegalEntity> LEGAL_ENTITIES = List.of(DE01, US01);
}
