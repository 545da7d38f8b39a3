package org.o2c.reporting.ledger;

/** An account of a legal entity's chart: its number, its name and what it holds. */
public record Account(String number, String name, AccountType type) {
}
