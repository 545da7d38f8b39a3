package org.o2c.payments.bankaccount;

import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes on one of our bank accounts; the number is already checked, and only its masked form goes further. */
public record RegisterBankAccount(@TargetAggregateIdentifier BankAccountId bankAccountId, String legalEntity,
                                  String name, String maskedNumber, String bic, Currency currency,
                                  String clearingAccount) {
}
