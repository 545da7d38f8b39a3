package org.o2c.reporting.export;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.reporting.ledger.TrialBalance;
import org.o2c.reporting.ledger.TrialBalanceAccount;
import org.o2c.reporting.ledger.TrialBalanceCurrency;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * The ledger as tables for the ERP and the auditor: the journal of a period line by line, the trial balance, and
 * the documents a period posted. The journal is read with a cursor, a thousand lines at a time, in one snapshot, and
 * written as it is read: a million lines take seconds and no more memory than a few rows.
 */
@Singleton
public class LedgerExports {
    static final List<Column> JOURNAL = List.of(Column.date("accountingDate"), Column.text("entryId"),
            Column.count("lineNumber"), Column.text("account"), Column.text("accountName"), Column.amount("debit"),
            Column.amount("credit"), Column.text("currency"), Column.date("documentDate"),
            Column.text("documentType"), Column.text("documentId"), Column.text("documentNumber"),
            Column.text("customerId"), Column.text("supplierId"), Column.text("openItemId"),
            Column.text("description"), Column.text("eventType"), Column.text("eventId"));
    static final List<Column> TRIAL_BALANCE = List.of(Column.text("currency"), Column.text("account"),
            Column.text("name"), Column.text("type"), Column.amount("opening"), Column.amount("debits"),
            Column.amount("credits"), Column.amount("closing"));
    static final List<Column> DOCUMENTS = List.of(Column.text("documentType"), Column.text("documentId"),
            Column.text("documentNumber"), Column.date("documentDate"), Column.date("firstAccountingDate"),
            Column.text("customerId"), Column.text("supplierId"), Column.text("currency"), Column.count("entries"),
            Column.amount("debits"));
    private static final int FETCH = 1000;

    @Inject
    DataSource dataSource;

    public void journal(String legalEntity, LocalDate from, LocalDate to, TableWriter out) throws IOException {
        copy("""
                SELECT l.accounting_date, l.entry_id, l.line_number, l.account, a.name, l.debit, l.credit,
                       l.currency, e.document_date, e.source_type, e.source_id, e.source_number, e.customer_id,
                       e.supplier_id, l.open_item_id, e.description, e.source_event_type, e.source_event_id
                FROM journal_line l
                JOIN journal_entry e ON e.entry_id = l.entry_id
                LEFT JOIN ledger_account a ON a.legal_entity = l.legal_entity AND a.account = l.account
                WHERE l.legal_entity = ? AND l.accounting_date BETWEEN ? AND ?
                ORDER BY l.accounting_date, l.occurred_at, l.entry_id, l.line_number""", legalEntity, from, to,
                JOURNAL, out);
    }

    public void trialBalance(TrialBalance balance, TableWriter out) throws IOException {
        out.header(TRIAL_BALANCE);
        for (TrialBalanceCurrency currency : balance.currencies()) {
            for (TrialBalanceAccount account : currency.accounts()) {
                out.row(currency.currency(), account.account(), account.name(), account.type().name(),
                        account.opening(), account.debits(), account.credits(), account.closing());
            }
        }
        out.close();
    }

    /** Every document the period posted, with its entries' count and debits. */
    public void documents(String legalEntity, LocalDate from, LocalDate to, TableWriter out) throws IOException {
        copy("""
                SELECT e.source_type, e.source_id, max(e.source_number), min(e.document_date),
                       min(e.accounting_date), max(e.customer_id::text), max(e.supplier_id::text), e.currency,
                       count(DISTINCT e.entry_id), sum(l.debit)
                FROM journal_entry e JOIN journal_line l ON l.entry_id = e.entry_id
                WHERE e.legal_entity = ? AND e.accounting_date BETWEEN ? AND ?
                GROUP BY e.source_type, e.source_id, e.currency
                ORDER BY min(e.accounting_date), e.source_type, e.source_id""", legalEntity, from, to,
                DOCUMENTS, out);
    }

    /**
     * Writes the rows of a query on one legal entity and a date range, its columns in the order and of the kinds
     * of {@code columns}, read with a cursor in one snapshot.
     */
    private void copy(String sql, String legalEntity, LocalDate from, LocalDate to, List<Column> columns,
                      TableWriter out) throws IOException {
        out.header(columns);
        Snapshot.read(dataSource, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setFetchSize(FETCH);
                select.setString(1, legalEntity);
                select.setObject(2, from);
                select.setObject(3, to);
                Object[] values = new Object[columns.size()];
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = switch (columns.get(i).kind()) {
                                case DATE -> rs.getObject(i + 1, LocalDate.class);
                                case AMOUNT -> rs.getBigDecimal(i + 1);
                                case COUNT -> rs.getLong(i + 1);
                                case TEXT -> rs.getString(i + 1);
                            };
                        }
                        out.row(values);
                    }
                }
            }
            return null;
        });
        out.close();
    }
}
