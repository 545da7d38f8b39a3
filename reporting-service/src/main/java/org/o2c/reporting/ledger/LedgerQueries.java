package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/** Reads the general ledger: trial balances from the day balances, account lines and entries from the journal. */
@Singleton
public class LedgerQueries {
    /** A journal line with what its entry says of its source: what {@link #line} reads. */
    private static final String LINE_COLUMNS = "l.*, e.document_date, e.source_event_type, e.source_event_id, "
            + "e.source_type, e.source_id, e.source_number, e.customer_id, e.supplier_id, e.description";

    @Inject
    DataSource dataSource;

    /** Reads days x accounts, never the lines. */
    public TrialBalance trialBalance(String legalEntity, LocalDate from, LocalDate asOf) {
        return Snapshot.read(dataSource, c -> {
            Map<String, List<TrialBalanceAccount>> byCurrency = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT b.currency, b.account, a.name, a.type,
                           COALESCE(sum(b.debit - b.credit) FILTER (WHERE b.day < ?), 0) AS opening,
                           COALESCE(sum(b.debit) FILTER (WHERE b.day >= ?), 0) AS debits,
                           COALESCE(sum(b.credit) FILTER (WHERE b.day >= ?), 0) AS credits
                    FROM ledger_day_balance b
                    JOIN ledger_account a ON a.legal_entity = b.legal_entity AND a.account = b.account
                    WHERE b.legal_entity = ? AND b.day <= ?
                    GROUP BY b.currency, b.account, a.name, a.type
                    ORDER BY b.currency, b.account""")) {
                select.setObject(1, from);
                select.setObject(2, from);
                select.setObject(3, from);
                select.setString(4, legalEntity);
                select.setObject(5, asOf);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String currency = rs.getString("currency");
                        BigDecimal opening = amount(rs.getBigDecimal("opening"), currency);
                        BigDecimal debits = amount(rs.getBigDecimal("debits"), currency);
                        BigDecimal credits = amount(rs.getBigDecimal("credits"), currency);
                        byCurrency.computeIfAbsent(currency, k -> new ArrayList<>())
                                .add(new TrialBalanceAccount(rs.getString("account"), rs.getString("name"),
                                        AccountType.valueOf(rs.getString("type")), opening, debits, credits,
                                        opening.add(debits).subtract(credits)));
                    }
                }
            }
            List<TrialBalanceCurrency> currencies = new ArrayList<>();
            byCurrency.forEach((currency, accounts) -> {
                BigDecimal debits = accounts.stream().map(TrialBalanceAccount::debits)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal credits = accounts.stream().map(TrialBalanceAccount::credits)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal closing = accounts.stream().map(TrialBalanceAccount::closing)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                currencies.add(new TrialBalanceCurrency(currency, accounts, debits, credits, closing,
                        debits.compareTo(credits) == 0 && closing.signum() == 0));
            });
            return new TrialBalance(legalEntity, from, asOf, currencies);
        });
    }

    /**
     * One page of an account's lines from {@code from} to {@code to}, in posting order; the count of all of them
     * comes from the day balances, so a page costs the same at any size of the ledger.
     */
    public Page<LedgerLine> accountLines(String legalEntity, String account, LocalDate from, LocalDate to, int page,
                                         int size) {
        return Snapshot.read(dataSource, c -> {
            long total;
            try (PreparedStatement count = c.prepareStatement("""
                    SELECT COALESCE(sum(lines), 0) FROM ledger_day_balance
                    WHERE legal_entity = ? AND account = ? AND day BETWEEN ? AND ?""")) {
                count.setString(1, legalEntity);
                count.setString(2, account);
                count.setObject(3, from);
                count.setObject(4, to);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<LedgerLine> lines = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + LINE_COLUMNS + " " + """
                    FROM (SELECT * FROM journal_line
                          WHERE legal_entity = ? AND account = ? AND accounting_date BETWEEN ? AND ?
                          ORDER BY accounting_date, occurred_at, entry_id, line_number LIMIT ? OFFSET ?) l
                    JOIN journal_entry e ON e.entry_id = l.entry_id
                    ORDER BY l.accounting_date, l.occurred_at, l.entry_id, l.line_number""")) {
                select.setString(1, legalEntity);
                select.setString(2, account);
                select.setObject(3, from);
                select.setObject(4, to);
                select.setInt(5, size);
                select.setLong(6, (long) page * size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        lines.add(line(rs));
                    }
                }
            }
            return new Page<>(lines, page, size, total);
        });
    }

    /** The entries that posted a document (an invoice, a payment...), oldest first, within the caller's scope. */
    public List<LedgerEntryView> entriesOf(UUID documentId, LegalEntityScope scope) {
        return Snapshot.read(dataSource, c -> {
            Map<UUID, List<LedgerLine>> lines = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + LINE_COLUMNS + " " + """
                    FROM journal_entry e JOIN journal_line l ON l.entry_id = e.entry_id
                    WHERE e.source_id = ?
                    ORDER BY e.accounting_date, e.occurred_at, e.entry_id, l.line_number""")) {
                select.setObject(1, documentId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (scope.covers(rs.getString("legal_entity"))) {
                            lines.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
                                    .add(line(rs));
                        }
                    }
                }
            }
            return lines.values().stream().map(LedgerEntryView::of).toList();
        });
    }

    /** An amount as its currency writes it, e.g. 0.00 for a sum of nothing in EUR. */
    static BigDecimal amount(BigDecimal amount, String currency) {
        return Money.of(amount, Currency.getInstance(currency)).amount();
    }

    private static LedgerLine line(ResultSet rs) throws java.sql.SQLException {
        return new LedgerLine(rs.getObject("entry_id", UUID.class), rs.getInt("line_number"),
                rs.getString("legal_entity"), rs.getString("account"), rs.getString("currency"),
                rs.getObject("accounting_date", LocalDate.class), rs.getObject("document_date", LocalDate.class),
                amount(rs.getBigDecimal("debit"), rs.getString("currency")),
                amount(rs.getBigDecimal("credit"), rs.getString("currency")),
                new LedgerSource(rs.getString("source_type"), rs.getObject("source_id", UUID.class),
                        rs.getString("source_number"), rs.getString("source_event_type"),
                        rs.getString("source_event_id")),
                rs.getObject("customer_id", UUID.class), rs.getObject("supplier_id", UUID.class),
                rs.getObject("open_item_id", UUID.class), rs.getString("description"));
    }
}
