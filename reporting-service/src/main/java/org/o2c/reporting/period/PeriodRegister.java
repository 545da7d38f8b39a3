package org.o2c.reporting.period;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Reads which periods are closed. */
@Singleton
public class PeriodRegister {
    @Inject
    DataSource dataSource;

    /** The closed periods of these legal entities, in one query. */
    public ClosedPeriods closedPeriods(Collection<String> legalEntities) {
        Map<String, Set<YearMonth>> closed = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT legal_entity, period FROM accounting_period WHERE status = 'CLOSED' "
                        + "AND legal_entity = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", legalEntities.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    closed.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(YearMonth.parse(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the closed periods", e);
        }
        return new ClosedPeriods(closed);
    }
}
