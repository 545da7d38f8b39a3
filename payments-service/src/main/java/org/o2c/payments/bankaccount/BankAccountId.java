package org.o2c.payments.bankaccount;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies one of our bank accounts. */
public record BankAccountId(UUID value) {
    public BankAccountId {
        Objects.requireNonNull(value, "bank account id");
    }

    public static BankAccountId newId() {
        return new BankAccountId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
