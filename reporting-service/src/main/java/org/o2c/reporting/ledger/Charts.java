package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The legal entities' charts: their changes, and the accounts they have posted to. */
@Singleton
public class Charts {
    @Inject
    DataSource dataSource;

    /** The charts of these legal entities, in one query; an entity without changes has the default chart. */
    public Map<String, ChartOfAccounts> of(Collection<String> legalEntities) {
        Map<String, List<ChartMapping>> changes = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT legal_entity, role, qualifier, account, name, effective_from, changed_by, changed_at
                FROM ledger_chart_change WHERE legal_entity = ANY (?)""")) {
            select.setArray(1, c.createArrayOf("varchar", legalEntities.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(mapping(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the charts of " + legalEntities, e);
        }
        Map<String, ChartOfAccounts> charts = new HashMap<>();
        legalEntities.forEach(le -> charts.put(le, new ChartOfAccounts(changes.getOrDefault(le, List.of()))));
        return charts;
    }

    /** Every change of one legal entity's chart, latest effective first. */
    public List<ChartMapping> changes(String legalEntity) {
        List<ChartMapping> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT legal_entity, role, qualifier, account, name, effective_from, changed_by, changed_at
                FROM ledger_chart_change WHERE legal_entity = ?
                ORDER BY effective_from DESC, changed_at DESC, role, qualifier""")) {
            select.setString(1, legalEntity);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(mapping(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the chart of " + legalEntity, e);
        }
        return changes;
    }

    /** Records changes of a legal entity's chart (in the caller's transaction). */
    public void change(String legalEntity, List<ChartMapping> mappings) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ledger_chart_change (legal_entity, role, qualifier, account, name, effective_from,
                    changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ChartMapping m : mappings) {
                insert.setString(1, legalEntity);
                insert.setString(2, m.role().name());
                insert.setString(3, m.qualifier());
                insert.setString(4, m.account());
                insert.setString(5, m.name());
                insert.setObject(6, m.effectiveFrom());
                insert.setString(7, m.changedBy());
                insert.setTimestamp(8, Timestamp.from(m.changedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the chart of " + legalEntity, e);
        }
    }

    /** Records the accounts entries were posted to, with their names as the chart gives them (one batch). */
    public void postedTo(Map<String, Map<String, Account>> accountsByEntity) {
        if (accountsByEntity.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ledger_account (legal_entity, account, name, type) VALUES (?, ?, ?, ?)
                ON CONFLICT (legal_entity, account) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type
                WHERE ledger_account.name <> EXCLUDED.name OR ledger_account.type <> EXCLUDED.type""")) {
            for (var entity : new TreeMap<>(accountsByEntity).entrySet()) {
                for (Account account : new TreeMap<>(entity.getValue()).values()) {
                    upsert.setString(1, entity.getKey());
                    upsert.setString(2, account.number());
                    upsert.setString(3, account.name());
                    upsert.setString(4, account.type().name());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the posted accounts", e);
        }
    }

    private static ChartMapping mapping(ResultSet rs) throws SQLException {
        return new ChartMapping(AccountRole.valueOf(rs.getString("role")), rs.getString("qualifier"),
                rs.getString("account"), rs.getString("name"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}
