package org.o2c.payments.bankaccount;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.payments.BankAccountRegistered;

/**
 * One of our bank accounts: which legal entity holds it, in which currency, and which ledger account books it.
 * Its full number is not part of its events (see {@link BankAccounts}).
 */
public class BankAccount {
    @AggregateIdentifier
    private BankAccountId bankAccountId;

    protected BankAccount() {
        // for Axon
    }

    @CommandHandler
    public BankAccount(RegisterBankAccount command) {
        apply(new BankAccountRegistered(command.bankAccountId().value(), command.legalEntity(), command.name().strip(),
                command.maskedNumber(), command.bic(), command.currency().getCurrencyCode(),
                command.clearingAccount()));
    }

    @EventSourcingHandler
    void on(BankAccountRegistered event) {
        this.bankAccountId = new BankAccountId(event.bankAccountId());
    }
}
