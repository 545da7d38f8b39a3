package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.o2c.reporting.period.PeriodRegister;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/** Reads and changes a legal entity's chart, under the rules a chart keeps. */
@Singleton
public class ChartMaintenance {
    private static final java.util.regex.Pattern TAX_RATE =
            java.util.regex.Pattern.compile("(0|[1-9][0-9]?)([.][0-9]{1,2})?|100");

    @Inject
    Charts charts;
    @Inject
    PeriodRegister periods;
    @Inject
    Clock clock;

    public ChartView view(String legalEntity, LocalDate asOf) {
        List<ChartMapping> changes = charts.changes(legalEntity);
        ChartOfAccounts chart = new ChartOfAccounts(changes);
        List<ChartAccountView> accounts = new ArrayList<>();
        for (AccountRole role : AccountRole.values()) {
            accounts.add(row(chart, role, null, asOf));
            Set<String> qualifiers = new LinkedHashSet<>();
            changes.stream().filter(c -> c.role() == role && c.qualifier() != null)
                    .forEach(c -> qualifiers.add(c.qualifier()));
            qualifiers.stream().sorted().forEach(q -> accounts.add(row(chart, role, q, asOf)));
        }
        return new ChartView(legalEntity, asOf, accounts, changes.stream().map(c -> new ChartAccountView(c.role(),
                c.qualifier(), c.account(), c.name(), c.role().type(), c.effectiveFrom(), c.changedBy(),
                c.changedAt())).toList());
    }

    private static ChartAccountView row(ChartOfAccounts chart, AccountRole role, String qualifier, LocalDate on) {
        Account account = chart.account(role, qualifier, on);
        ChartMapping change = chart.inForce(role, qualifier, on).orElse(null);
        return new ChartAccountView(role, qualifier, account.number(), account.name(), account.type(),
                change == null ? null : change.effectiveFrom(), change == null ? null : change.changedBy(),
                change == null ? null : change.changedAt());
    }

    /**
     * Records a change of the chart. Refused: a qualifier on a role that has none or a tax rate that is not one
     * (400); a role and qualifier named twice (400); a date inside a closed period, or an account number that would
     * then hold two types, e.g. an asset and an expense (422).
     */
    public ChartView change(String legalEntity, ChartChangeRequest request, String user) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ChartMapping> mappings = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < request.accounts().size(); i++) {
            ChartAccountRequest account = request.accounts().get(i);
            String field = "accounts[" + i + "]";
            String qualifier = account.qualifier();
            if (qualifier != null && account.role().qualifier() == AccountRole.Qualifier.NONE) {
                violations.add(new Violation(field + ".qualifier", "not-allowed",
                        account.role() + " has one account; it takes no qualifier"));
                continue;
            }
            if (qualifier != null && account.role().qualifier() == AccountRole.Qualifier.TAX_RATE
                    && !TAX_RATE.matcher(qualifier).matches()) {
                violations.add(new Violation(field + ".qualifier", "tax-rate",
                        "a tax rate in percent from 0 to 100 with up to two decimals"));
                continue;
            }
            String normalized = ChartOfAccounts.normalize(account.role(), qualifier);
            if (!seen.add(account.role() + "/" + normalized)) {
                violations.add(new Violation(field + ".role", "distinct",
                        account.role() + (normalized == null ? "" : " " + normalized) + " is named twice"));
                continue;
            }
            mappings.add(new ChartMapping(account.role(), normalized, account.account(), account.name().strip(),
                    request.effectiveFrom(), user, now));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "the chart change breaks a rule", violations);
        }
        YearMonth period = YearMonth.from(request.effectiveFrom());
        if (periods.closedBooks(List.of(legalEntity)).isClosed(legalEntity, period)) {
            throw new BusinessRuleViolation("effectiveFrom", "period-closed",
                    "period " + period + " of " + legalEntity + " is closed");
        }
        List<ChartMapping> after = new ArrayList<>(charts.changes(legalEntity));
        after.addAll(mappings);
        refuseMixedTypes(new ChartOfAccounts(after), mappings, request.effectiveFrom());
        charts.change(legalEntity, mappings);
        return view(legalEntity, request.effectiveFrom());
    }

    /** An account number holds one type: the roles mapped to it on the date must agree. */
    private static void refuseMixedTypes(ChartOfAccounts chart, List<ChartMapping> changed, LocalDate on) {
        Map<String, AccountRole> holder = new HashMap<>();
        List<ChartMapping> rows = new ArrayList<>(chart.changes());
        for (AccountRole role : AccountRole.values()) {
            rows.add(new ChartMapping(role, null, null, null, on, null, Instant.EPOCH));
        }
        for (ChartMapping row : rows) {
            Account account = chart.account(row.role(), row.qualifier(), on);
            AccountRole other = holder.putIfAbsent(account.number(), row.role());
            if (other != null && other.type() != row.role().type()) {
                String role = changed.stream().anyMatch(c -> c.role() == row.role()) ? row.role().name()
                        : other.name();
                throw new BusinessRuleViolation("accounts", "account-type-conflict", "account " + account.number()
                        + " would be both " + other.type() + " (" + other + ") and " + row.role().type() + " ("
                        + row.role() + "); changed role " + role);
            }
        }
    }
}
