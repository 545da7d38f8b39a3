package org.o2c.payments.receivable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.o2c.runtime.money.Money;

/** A payment as the account sees it: its amount, what of it is unapplied, and where the rest went. */
final class ReceivedPayment {
    final UUID paymentId;
    final Money amount;
    final LocalDate valueDate;
    Money unapplied;
    boolean returned;
    /** The date of its latest application; a return is never dated before it. */
    LocalDate lastAppliedOn;
    /** Applied amount per invoice, in the order the invoices were first applied to. */
    final Map<UUID, Money> applied = new LinkedHashMap<>();

    ReceivedPayment(UUID paymentId, Money amount, LocalDate valueDate) {
        this.paymentId = paymentId;
        this.amount = amount;
        this.valueDate = valueDate;
        this.unapplied = amount;
    }

    /** By state, so that Axon's test fixture can check that sourcing the events rebuilds the same account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedPayment payment && paymentId.equals(payment.paymentId)
                && amount.equals(payment.amount) && valueDate.equals(payment.valueDate)
                && unapplied.equals(payment.unapplied) && returned == payment.returned
                && applied.equals(payment.applied) && java.util.Objects.equals(lastAppliedOn, payment.lastAppliedOn);
    }

    @Override
    public int hashCode() {
        return paymentId.hashCode();
    }
}
