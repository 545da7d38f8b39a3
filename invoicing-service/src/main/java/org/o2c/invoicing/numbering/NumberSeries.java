package org.o2c.invoicing.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Gapless document numbers per legal entity, series and fiscal year, e.g. {@code INV-2026-000042}.
 *
 * <p>The number is taken in the transaction that stores the document's event: the series row stays locked until
 * that transaction ends, so numbers are issued in commit order, and a rolled-back document gives its number back.
 * That lock is the price of gaplessness: documents of one series and year are issued one at a time.
 */
@ApplicationScoped
public class NumberSeries {
    @Inject
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String legalEntity, String series, int fiscalYear) {
        try (Connection c = dataSource.getConnection(); PreparedStatement next = c.prepareStatement("""
                INSERT INTO number_series (legal_entity, series, fiscal_year, last_number) VALUES (?, ?, ?, 1)
                ON CONFLICT (legal_entity, series, fiscal_year)
                DO UPDATE SET last_number = number_series.last_number + 1
                RETURNING last_number""")) {
            next.setString(1, legalEntity);
            next.setString(2, series);
            next.setInt(3, fiscalYear);
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                return format(series, fiscalYear, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take a number of series " + series, e);
        }
    }

    static String format(String series, int fiscalYear, long number) {
        return "%s-%d-%06d".formatted(series, fiscalYear, number);
    }
}
