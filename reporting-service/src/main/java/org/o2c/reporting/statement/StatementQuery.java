package org.o2c.reporting.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.reporting.aging.BalanceEntryKind;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Reads a customer's statement of account from the balance entries kept by the receivables projection: the
 * customer, the balances per currency, and one page of lines whose running balance the database computes over
 * the customer's whole history (so it starts from the opening balance), all in one snapshot. Lines of one day are
 * ordered documents first, then by number and event id, so a rebuild gives the same order.
 */
@ApplicationScoped
public class StatementQuery {
    private static final String LINE_ORDER = "currency, entry_date, kind_rank, document_number NULLS FIRST, event_id";

    @Inject
    DataSource dataSource;

    /**
     * Empty when the customer is neither registered nor has any entry, or belongs to a legal entity outside the
     * scope.
     */
    public Optional<CustomerStatement> statement(LegalEntityScope scope, UUID customerId, LocalDate from, LocalDate to,
                                                 int page, int size) {
        return Snapshot.read(dataSource, c -> statement(c, scope, customerId, from, to, page, size));
    }

    private Optional<CustomerStatement> statement(Connection c, LegalEntityScope scope, UUID customerId,
                                                  LocalDate from, LocalDate to, int page, int size)
            throws SQLException {
        String name;
        String billingCurrency;
        try (PreparedStatement select = c.prepareStatement("""
                SELECT cu.name, cu.currency, coalesce(cu.legal_entity,
                       (SELECT e.legal_entity FROM ar_balance_entry e WHERE e.customer_id = ? LIMIT 1)) AS legal_entity
                FROM (SELECT ? ::uuid AS customer_id) AS asked
                LEFT JOIN ar_customer cu ON cu.customer_id = asked.customer_id""")) {
            select.setObject(1, customerId);
            select.setObject(2, customerId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                name = rs.getString("name");
                billingCurrency = rs.getString("currency");
                String legalEntity = rs.getString("legal_entity");
                if (legalEntity == null || !scope.covers(legalEntity)) {
                    return Optional.empty();
                }
            }
        }
        List<StatementBalance> balances = new ArrayList<>();
        long lines = 0;
        try (PreparedStatement select = c.prepareStatement("""
                SELECT currency, coalesce(sum(amount) FILTER (WHERE entry_date < ?), 0) AS opening,
                    coalesce(sum(amount), 0) AS closing, count(*) FILTER (WHERE entry_date >= ?) AS lines
                FROM ar_balance_entry WHERE customer_id = ? AND entry_date <= ?
                GROUP BY currency""")) {
            select.setObject(1, from);
            select.setObject(2, from);
            select.setObject(3, customerId);
            select.setObject(4, to);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    balances.add(new StatementBalance(currency.getCurrencyCode(),
                            Money.of(rs.getBigDecimal("opening"), currency).amount(),
                            Money.of(rs.getBigDecimal("closing"), currency).amount(), rs.getLong("lines")));
                    lines += rs.getLong("lines");
                }
            }
        }
        if (billingCurrency != null && balances.stream().noneMatch(b -> b.currency().equals(billingCurrency))) {
            BigDecimal zero = Money.zero(Currency.getInstance(billingCurrency)).amount();
            balances.add(new StatementBalance(billingCurrency, zero, zero, 0));
        }
        balances.sort(Comparator.comparing(StatementBalance::currency));
        List<StatementLine> items = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT * FROM (SELECT e.*, sum(amount) OVER"
                + " (PARTITION BY currency ORDER BY " + LINE_ORDER + " ROWS UNBOUNDED PRECEDING) AS running"
                + " FROM ar_balance_entry e WHERE customer_id = ? AND entry_date <= ?) AS history"
                + " WHERE entry_date >= ? ORDER BY " + LINE_ORDER + " LIMIT ? OFFSET ?")) {
            select.setObject(1, customerId);
            select.setObject(2, to);
            select.setObject(3, from);
            select.setInt(4, size);
            select.setLong(5, (long) page * size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    items.add(new StatementLine(currency.getCurrencyCode(),
                            rs.getObject("entry_date", LocalDate.class), BalanceEntryKind.valueOf(rs.getString("kind")),
                            rs.getObject("document_id", UUID.class), rs.getString("document_number"),
                            rs.getObject("due_date", LocalDate.class), rs.getString("reference"),
                            Money.of(rs.getBigDecimal("amount"), currency).amount(),
                            Money.of(rs.getBigDecimal("running"), currency).amount()));
                }
            }
        }
        return Optional.of(new CustomerStatement(customerId, name, from, to, balances,
                new Page<>(items, page, size, lines)));
    }
}
