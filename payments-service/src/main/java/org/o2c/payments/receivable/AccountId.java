package org.o2c.payments.receivable;

import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer's receivable account in one currency. Derived from customer and currency, so that an
 * invoice, a credit note and a payment find the same account without a lookup, and every event of the account
 * carries the same Kafka key and stays in order.
 */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId of(UUID customerId, Currency currency) {
        return new AccountId(UUID.nameUUIDFromBytes(("receivable|" + customerId + "|" + currency.getCurrencyCode())
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
