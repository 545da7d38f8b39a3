package org.o2c.events.payments;

import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A bank account of one of our legal entities was registered for statements and cash application. The account
 * number travels masked (its first four and last four characters); the full number stays in payments-service.
 *
 * @param maskedNumber such as {@code DE89…3000}
 * @param clearingAccount the ledger account that books this bank account's movements, such as {@code 1200}
 */
@EventType("BankAccountRegistered.v1")
public record BankAccountRegistered(UUID bankAccountId, String legalEntity, String name, String maskedNumber,
                                    @Nullable String bic, String currency, String clearingAccount)
        implements PublishedEvent {
}
