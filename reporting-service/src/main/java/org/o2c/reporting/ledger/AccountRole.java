package org.o2c.reporting.ledger;

import java.math.BigDecimal;

/**
 * What an account does in the posting rules. A legal entity's chart maps every role to an account; roles marked
 * per tax rate or per bank account map each rate or bank account apart, with the role's default number for those
 * not mapped (see {@link ChartOfAccounts}).
 */
public enum AccountRole {
    AR_CONTROL("1100", "Trade receivables", AccountType.ASSET, Qualifier.NONE),
    SUPPLIER_ADVANCES("1150", "Advances paid to suppliers", AccountType.ASSET, Qualifier.NONE),
    BANK_CLEARING("1200", "Bank clearing", AccountType.ASSET, Qualifier.BANK_ACCOUNT),
    INPUT_VAT("1400", "Input VAT", AccountType.ASSET, Qualifier.NONE),
    AP_CONTROL("2000", "Trade payables", AccountType.LIABILITY, Qualifier.NONE),
    UNAPPLIED_CASH("2100", "Unapplied cash and customer advances", AccountType.LIABILITY, Qualifier.NONE),
    CUSTOMER_CREDIT_BALANCES("2110", "Credit balances owed to customers", AccountType.LIABILITY, Qualifier.NONE),
    OUTPUT_VAT("2300", "Output VAT", AccountType.LIABILITY, Qualifier.TAX_RATE),
    RETAINED_EARNINGS("3000", "Retained earnings", AccountType.EQUITY, Qualifier.NONE),
    REVENUE("4000", "Revenue", AccountType.INCOME, Qualifier.TAX_RATE),
    CASH_DISCOUNTS("4900", "Cash discounts granted", AccountType.EXPENSE, Qualifier.NONE),
    DEFAULT_EXPENSE("6000", "Purchased goods and services", AccountType.EXPENSE, Qualifier.NONE),
    WRITE_OFF_EXPENSE("6800", "Bad debt written off", AccountType.EXPENSE, Qualifier.NONE),
    ROUNDING("6900", "Rounding differences", AccountType.EXPENSE, Qualifier.NONE),
    FX_GAINS("7000", "Realized exchange gains", AccountType.INCOME, Qualifier.NONE),
    FX_LOSSES("7100", "Realized exchange losses", AccountType.EXPENSE, Qualifier.NONE);

    /** What tells the accounts of one role apart. */
    public enum Qualifier {
        NONE, TAX_RATE, BANK_ACCOUNT
    }

    private final String defaultNumber;
    private final String defaultName;
    private final AccountType type;
    private final Qualifier qualifier;

    AccountRole(String defaultNumber, String defaultName, AccountType type, Qualifier qualifier) {
        this.defaultNumber = defaultNumber;
        this.defaultName = defaultName;
        this.type = type;
        this.qualifier = qualifier;
    }

    public AccountType type() {
        return type;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    /**
     * The account a new legal entity has for this role. Revenue and output VAT get an account per tax rate whose
     * number adds ten times the rate to the role's base (revenue at 19% is 4190, its output VAT 2490; 5.5% gives
     * 4055 and 2355); a rate with more than one decimal or of 60% or more books to the base account itself.
     */
    public Account defaultAccount(String qualifierValue) {
        if (qualifier == Qualifier.TAX_RATE && qualifierValue != null) {
            BigDecimal rate = new BigDecimal(qualifierValue);
            BigDecimal tenths = rate.movePointRight(1);
            if (tenths.stripTrailingZeros().scale() <= 0 && rate.compareTo(BigDecimal.valueOf(60)) < 0
                    && rate.signum() >= 0) {
                return new Account(String.valueOf(Integer.parseInt(defaultNumber) + tenths.intValueExact()),
                        defaultName + " " + rate.stripTrailingZeros().toPlainString() + "%", type);
            }
        }
        return new Account(defaultNumber, defaultName, type);
    }
}
