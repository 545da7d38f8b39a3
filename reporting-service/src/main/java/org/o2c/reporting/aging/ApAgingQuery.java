package org.o2c.reporting.aging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Computes the AP aging in the database, as of any date, with the same buckets as the AR aging: totals per
 * currency (with the count of supplier rows) and one page of suppliers, in one snapshot.
 */
@ApplicationScoped
public class ApAgingQuery {
    @Inject
    DataSource dataSource;
    @Inject
    AgingSchedules schedules;

    public ApAgingReport report(LegalEntityScope scope, LocalDate asOf, String legalEntity, String currency,
            UUID supplierId, int page,
                                int size) {
        ReportFilter filter = new ReportFilter(scope, legalEntity, currency, "supplier_id", supplierId);
        return Snapshot.read(dataSource, c -> report(c, new AgingColumns(asOf, schedules.inForce(c, legalEntity)),
                filter, page, size));
    }

    private ApAgingReport report(Connection c, AgingColumns columns, ReportFilter filter, int page, int size)
            throws SQLException {
        LocalDate asOf = columns.asOf();
        List<CurrencyAging> totals = new ArrayList<>();
        long supplierRows = 0;
        BoundSql perCurrency = supplierRows(columns, filter)
                .append(" SELECT currency, count(*) AS supplier_rows, sum(items) AS items, ");
        columns.appendTotals(perCurrency).append(" FROM report_row GROUP BY currency ORDER BY currency");
        try (PreparedStatement select = perCurrency.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                totals.add(new CurrencyAging(currency.getCurrencyCode(), rs.getLong("items"),
                        columns.amounts(rs, currency)));
                supplierRows += rs.getLong("supplier_rows");
            }
        }
        List<SupplierAging> suppliers = new ArrayList<>();
        BoundSql pageOfSuppliers = supplierRows(columns, filter).append(" SELECT r.*, s.name FROM report_row r"
                        + " LEFT JOIN ap_supplier s ON s.supplier_id = r.supplier_id"
                        + " ORDER BY s.name NULLS LAST, r.supplier_id, r.currency LIMIT ? OFFSET ?",
                size, (long) page * size);
        try (PreparedStatement select = pageOfSuppliers.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                suppliers.add(new SupplierAging(rs.getObject("supplier_id", UUID.class), rs.getString("name"),
                        currency.getCurrencyCode(), rs.getLong("items"), columns.amounts(rs, currency)));
            }
        }
        return new ApAgingReport(asOf, filter.legalEntity(), filter.currency(), filter.party(), totals,
                new Page<>(suppliers, page, size, supplierRows));
    }

    /** {@code WITH report_row AS (...)}: per supplier and currency, the aged open items of the as-of date. */
    private static BoundSql supplierRows(AgingColumns columns, ReportFilter filter) {
        BoundSql sql = new BoundSql().append("WITH report_row AS (SELECT supplier_id, currency, count(*) AS items, ");
        columns.appendSums(sql, "open_as_of").append(" FROM ");
        OpenItemsAsOf.PAYABLES.appendTo(sql, columns.asOf(), filter);
        return sql.append(" AS item WHERE open_as_of <> 0 GROUP BY supplier_id, currency)");
    }
}
