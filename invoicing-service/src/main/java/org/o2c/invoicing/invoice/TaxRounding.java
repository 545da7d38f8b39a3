package org.o2c.invoicing.invoice;

/** Where tax is rounded to the minor unit; a setting of each legal entity. */
public enum TaxRounding {
    /** Each line's tax is rounded, then the rounded amounts are added up. */
    PER_LINE,
    /** The net amounts of each rate are added up and the tax on the sum is rounded once. */
    PER_DOCUMENT
}
