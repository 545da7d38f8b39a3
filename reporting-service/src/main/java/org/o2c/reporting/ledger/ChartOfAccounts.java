package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A legal entity's chart: which account each role posts to on a date. The mapping in force for a role and
 * qualifier is the latest change effective on or before the date: first one made for that tax rate or bank
 * account, then one made for the role as a whole, else the role's default (see {@link AccountRole}).
 */
public final class ChartOfAccounts {
    private final List<ChartMapping> changes;

    /** {@code changes}: the legal entity's chart changes, in any order. */
    public ChartOfAccounts(List<ChartMapping> changes) {
        this.changes = changes.stream()
                .sorted(Comparator.comparing(ChartMapping::effectiveFrom).thenComparing(ChartMapping::changedAt)
                        .reversed()).toList();
    }

    public static ChartOfAccounts defaults() {
        return new ChartOfAccounts(List.of());
    }

    public Account account(AccountRole role, String qualifier, LocalDate on) {
        String normalized = normalize(role, qualifier);
        return inForce(role, normalized, on).map(m -> new Account(m.account(), m.name(), role.type()))
                .orElseGet(() -> role.defaultAccount(normalized));
    }

    /**
     * The clearing account of a bank account: the chart's change made for that bank account in force on the date,
     * else the clearing account given when the bank account was registered (it is more particular than a change of
     * the role as a whole).
     */
    public Account bankClearing(String bankAccountId, String registered, LocalDate on) {
        AccountRole role = AccountRole.BANK_CLEARING;
        return changes.stream().filter(c -> c.role() == role && bankAccountId.equals(c.qualifier())
                        && !c.effectiveFrom().isAfter(on)).findFirst()
                .map(m -> new Account(m.account(), m.name(), role.type()))
                .orElseGet(() -> new Account(registered, role.defaultAccount(null).name(), role.type()));
    }

    /** The change in force for a role and (normalized) qualifier on a date; empty: the default account. */
    public Optional<ChartMapping> inForce(AccountRole role, String qualifier, LocalDate on) {
        Optional<ChartMapping> own = qualifier == null ? Optional.empty() : changes.stream()
                .filter(c -> c.role() == role && qualifier.equals(c.qualifier()) && !c.effectiveFrom().isAfter(on))
                .findFirst();
        return own.or(() -> changes.stream()
                .filter(c -> c.role() == role && c.qualifier() == null && !c.effectiveFrom().isAfter(on))
                .findFirst());
    }

    /** Every account a role has posted to or may post to: its default and every account a change named. */
    public java.util.Set<String> accountsOf(AccountRole role) {
        java.util.Set<String> accounts = new java.util.TreeSet<>();
        accounts.add(role.defaultAccount(null).number());
        changes.stream().filter(c -> c.role() == role).forEach(c -> accounts.add(c.account()));
        return accounts;
    }

    /** Every change of the chart, latest effective first. */
    public List<ChartMapping> changes() {
        return changes;
    }

    /** A tax rate in its shortest form ({@code 19.00} is {@code 19}); other qualifiers as given. */
    public static String normalize(AccountRole role, String qualifier) {
        if (qualifier == null || role.qualifier() != AccountRole.Qualifier.TAX_RATE) {
            return qualifier;
        }
        BigDecimal rate = new BigDecimal(qualifier).stripTrailingZeros();
        return (rate.scale() < 0 ? rate.setScale(0) : rate).toPlainString();
    }
}
