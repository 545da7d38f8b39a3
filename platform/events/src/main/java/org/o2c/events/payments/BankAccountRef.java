package org.o2c.events.payments;

import java.util.UUID;

/**
 * The bank account money moved through, as the ledger books it.
 *
 * @param bankAccountId   the bank account as registered ({@code BankAccountRegistered})
 * @param clearingAccount the ledger account given at its registration, such as {@code 1200}; the chart of the
 *                        legal entity may map this bank account to another from a date on
 */
public record BankAccountRef(UUID bankAccountId, String clearingAccount) {
}
