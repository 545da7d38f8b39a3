package org.o2c.invoicing.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        return block(legalEntity, series, fiscalYear, 1).get(0);
    }

    /**
     * The next {@code count} numbers of a series, in order, taken at once. When one transaction takes blocks of
     * several series, it must take them in one fixed order (for example sorted by legal entity and year), so that
     * two such transactions never wait for each other's series rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> block(String legalEntity, String series, int fiscalYear, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement next = c.prepareStatement("""
                INSERT INTO number_series (legal_entity, series, fiscal_year, last_number) VALUES (?, ?, ?, ?)
                ON CONFLICT (legal_entity, series, fiscal_year)
                DO UPDATE SET last_number = number_series.last_number + EXCLUDED.last_number
                RETURNING last_number""")) {
            next.setString(1, legalEntity);
            next.setString(2, series);
            next.setInt(3, fiscalYear);
            next.setLong(4, count);
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                List<String> numbers = new ArrayList<>(count);
                for (long n = last - count + 1; n <= last; n++) {
                    numbers.add(format(series, fiscalYear, n));
                }
                return numbers;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take numbers of series " + series, e);
        }
    }

    static String format(String series, int fiscalYear, long number) {
        return "%s-%d-%06d".formatted(series, fiscalYear, number);
    }
}
