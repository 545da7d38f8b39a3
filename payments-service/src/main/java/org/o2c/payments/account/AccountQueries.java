package org.o2c.payments.account;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * A customer's accounts with their totals, a page of open items and the unapplied payments of each currency:
 * four queries in one snapshot, however many currencies and items, so totals and items always agree.
 */
@Singleton
public class AccountQueries {
    public static final int MAX_UNAPPLIED_LISTED = 100;

    @Inject
    DataSource dataSource;

    public Optional<CustomerAccountsView> of(UUID customerId, int page, int size) {
        return Snapshot.read(dataSource, c -> {
            Map<UUID, AccountRow> accounts = accounts(c, customerId);
            String[] customer = customer(c, customerId);
            if (customer == null && accounts.isEmpty()) {
                return Optional.empty();
            }
            Map<UUID, List<OpenItemView>> items = openItems(c, customerId, page, size, accounts);
            Map<UUID, List<UnappliedPaymentView>> unapplied = unappliedPayments(c, customerId, accounts);
            List<CurrencyAccountView> views = new ArrayList<>();
            for (AccountRow a : accounts.values()) {
                views.add(new CurrencyAccountView(a.accountId, a.currency, a.totals,
                        new Page<>(items.getOrDefault(a.accountId, List.of()), page, size, a.openItemCount),
                        unapplied.getOrDefault(a.accountId, List.of()), a.unappliedCount));
            }
            if (customer == null) {
                // invoiced or paid before its registration arrived: the account knows the legal entity
                return Optional.of(new CustomerAccountsView(customerId, null,
                        accounts.values().iterator().next().legalEntity, null, views));
            }
            return Optional.of(new CustomerAccountsView(customerId, customer[0], customer[1], customer[2], views));
        });
    }

    private static String[] customer(Connection c, UUID customerId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT name, legal_entity, currency FROM customer WHERE customer_id = ?")) {
            select.setObject(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null;
            }
        }
    }

    private static Map<UUID, AccountRow> accounts(Connection c, UUID customerId) throws SQLException {
        Map<UUID, AccountRow> accounts = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT a.*,
                    (SELECT count(*) FROM open_item o WHERE o.customer_id = a.customer_id
                        AND o.account_id = a.account_id AND o.open_amount > 0) AS open_item_count,
                    (SELECT count(*) FROM payment p WHERE p.customer_id = a.customer_id
                        AND p.account_id = a.account_id AND p.unapplied_amount > 0) AS unapplied_count
                FROM receivable_account a WHERE a.customer_id = ? ORDER BY a.currency""")) {
            select.setObject(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    AccountRow row = new AccountRow(rs.getObject("account_id", UUID.class), currency.getCurrencyCode(),
                            rs.getString("legal_entity"), currency,
                            new AccountTotalsView(scaled(rs.getBigDecimal("open_items"), currency),
                                    scaled(rs.getBigDecimal("unapplied_cash"), currency),
                                    scaled(rs.getBigDecimal("credit_balance"), currency),
                                    scaled(rs.getBigDecimal("balance"), currency)),
                            rs.getLong("open_item_count"), rs.getLong("unapplied_count"));
                    accounts.put(row.accountId, row);
                }
            }
        }
        return accounts;
    }

    private static Map<UUID, List<OpenItemView>> openItems(Connection c, UUID customerId, int page, int size,
                                                          Map<UUID, AccountRow> accounts) throws SQLException {
        Map<UUID, List<OpenItemView>> items = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT * FROM (
                    SELECT o.*, row_number() OVER (PARTITION BY o.account_id ORDER BY o.due_date, o.invoice_number)
                        AS position
                    FROM open_item o WHERE o.customer_id = ? AND o.open_amount > 0) ranked
                WHERE position > ? AND position <= ? ORDER BY account_id, position""")) {
            select.setObject(1, customerId);
            select.setLong(2, (long) page * size);
            select.setLong(3, (long) page * size + size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID account = rs.getObject("account_id", UUID.class);
                    Currency currency = accounts.get(account).currencyUnit;
                    items.computeIfAbsent(account, k -> new ArrayList<>()).add(new OpenItemView(
                            rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"),
                            rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                            scaled(rs.getBigDecimal("gross_amount"), currency),
                            scaled(rs.getBigDecimal("credited_amount"), currency),
                            scaled(rs.getBigDecimal("paid_amount"), currency),
                            scaled(rs.getBigDecimal("discount_granted"), currency),
                            scaled(rs.getBigDecimal("written_off"), currency),
                            scaled(rs.getBigDecimal("open_amount"), currency),
                            rs.getBigDecimal("discount_amount"), rs.getObject("discount_pay_by", LocalDate.class)));
                }
            }
        }
        return items;
    }

    private static Map<UUID, List<UnappliedPaymentView>> unappliedPayments(Connection c, UUID customerId,
                                                                         Map<UUID, AccountRow> accounts)
            throws SQLException {
        Map<UUID, List<UnappliedPaymentView>> payments = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT * FROM (
                    SELECT p.*, row_number() OVER (PARTITION BY p.account_id ORDER BY p.value_date, p.payment_id)
                        AS position
                    FROM payment p WHERE p.customer_id = ? AND p.unapplied_amount > 0) ranked
                WHERE position <= ? ORDER BY account_id, position""")) {
            select.setObject(1, customerId);
            select.setInt(2, MAX_UNAPPLIED_LISTED);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID account = rs.getObject("account_id", UUID.class);
                    Currency currency = accounts.get(account).currencyUnit;
                    payments.computeIfAbsent(account, k -> new ArrayList<>()).add(new UnappliedPaymentView(
                            rs.getObject("payment_id", UUID.class), rs.getObject("value_date", LocalDate.class),
                            scaled(rs.getBigDecimal("amount"), currency),
                            scaled(rs.getBigDecimal("unapplied_amount"), currency),
                            rs.getString("payer_reference")));
                }
            }
        }
        return payments;
    }

    /** Sums in the database lose the scale; amounts are shown at the currency's minor unit, as Money has them. */
    private static BigDecimal scaled(BigDecimal amount, Currency currency) {
        return new Money(amount, currency).amount();
    }

    private record AccountRow(UUID accountId, String currency, String legalEntity, Currency currencyUnit,
                              AccountTotalsView totals, long openItemCount, long unappliedCount) {
    }
}
