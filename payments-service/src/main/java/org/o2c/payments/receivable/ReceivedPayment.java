package org.o2c.payments.receivable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.events.payments.SettledRest;
import org.o2c.runtime.money.Money;

/** A payment as the account sees it: its amount, what of it is unapplied, and where the rest went. */
final class ReceivedPayment {
    final UUID paymentId;
    final Money amount;
    final LocalDate valueDate;
    /** The bank account it arrived on, or null. */
    final BankAccountRef bankAccount;
    Money unapplied;
    boolean returned;
    /** Whether part of it was paid back to the customer: a bank return of it would then take more than is left. */
    boolean refunded;
    /** The date of its latest application or reversal of one; a return is never dated before it. */
    LocalDate lastAppliedOn;
    /** Applied amount per invoice, in the order the invoices were first applied to. */
    final Map<UUID, Money> applied = new LinkedHashMap<>();
    /** Each application in the order made; one taken back stays, marked reversed. */
    final List<Application> applications = new ArrayList<>();

    /** One application of the payment to an invoice. */
    static final class Application {
        final UUID invoiceId;
        final Money amount;
        final LocalDate appliedOn;
        boolean reversed;
        /** The discount or write-off that completed this application, or null. */
        SettledRest rest;

        Application(UUID invoiceId, Money amount, LocalDate appliedOn) {
            this.invoiceId = invoiceId;
            this.amount = amount;
            this.appliedOn = appliedOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Application a && invoiceId.equals(a.invoiceId) && amount.equals(a.amount)
                    && appliedOn.equals(a.appliedOn) && reversed == a.reversed
                    && java.util.Objects.equals(rest, a.rest);
        }

        @Override
        public int hashCode() {
            return invoiceId.hashCode();
        }
    }

    ReceivedPayment(UUID paymentId, Money amount, LocalDate valueDate, BankAccountRef bankAccount) {
        this.paymentId = paymentId;
        this.amount = amount;
        this.valueDate = valueDate;
        this.bankAccount = bankAccount;
        this.unapplied = amount;
    }

    /** By state, so that Axon's test fixture can check that sourcing the events rebuilds the same account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedPayment payment && paymentId.equals(payment.paymentId)
                && amount.equals(payment.amount) && valueDate.equals(payment.valueDate)
                && unapplied.equals(payment.unapplied) && returned == payment.returned && refunded == payment.refunded
                && applied.equals(payment.applied) && applications.equals(payment.applications)
                && java.util.Objects.equals(lastAppliedOn, payment.lastAppliedOn);
    }

    @Override
    public int hashCode() {
        return paymentId.hashCode();
    }
}
