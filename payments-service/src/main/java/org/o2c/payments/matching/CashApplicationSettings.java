package org.o2c.payments.matching;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.payments.receivable.RestOfItem;

/**
 * Each legal entity's cash application settings: the latest change made by a manager, or the defaults
 * ({@code o2c.cash-application.auto-apply-threshold}, 85; oldest due first; nothing written off; every refund
 * approved by a second manager).
 */
@Singleton
public class CashApplicationSettings {
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;
    private static final BigDecimal NONE = new BigDecimal("0.00");

    @ConfigProperty(name = "o2c.cash-application.auto-apply-threshold", defaultValue = "85")
    int defaultThreshold;

    /** The settings in force: threshold, allocation order, write-off tolerance and refund approval threshold. */
    public record InForce(int autoApplyThreshold, MatchingRules rules, BigDecimal refundApprovalThreshold) {
    }

    public InForce of(String legalEntity) {
        CashApplicationSettingsView view = view(legalEntity);
        return new InForce(view.autoApplyThreshold(), new MatchingRules(view.allocationOrder(),
                new RestOfItem.Tolerance(view.writeOffToleranceAmount(), view.writeOffTolerancePercent())),
                view.refundApprovalThreshold());
    }

    public CashApplicationSettingsView view(String legalEntity) {
        List<CashApplicationSettingsView.Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT auto_apply_threshold, allocation_order, write_off_amount, write_off_percent,
                    refund_approval_threshold, changed_by, changed_at FROM cash_application_settings
                WHERE legal_entity = ? ORDER BY change_id DESC""")) {
            select.setString(1, legalEntity);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(new CashApplicationSettingsView.Change(rs.getInt(1),
                            AllocationOrder.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes.isEmpty()
                ? new CashApplicationSettingsView(legalEntity, defaultThreshold, AllocationOrder.OLDEST_DUE_FIRST,
                        NONE, NONE, NONE, changes)
                : new CashApplicationSettingsView(legalEntity, changes.get(0).autoApplyThreshold(),
                        changes.get(0).allocationOrder(), changes.get(0).writeOffToleranceAmount(),
                        changes.get(0).writeOffTolerancePercent(), changes.get(0).refundApprovalThreshold(), changes);
    }

    public CashApplicationSettingsView change(String legalEntity, CashApplicationSettingsRequest request,
                                              String user) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO cash_application_settings (legal_entity, auto_apply_threshold, allocation_order,
                    write_off_amount, write_off_percent, refund_approval_threshold, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, legalEntity);
            insert.setInt(2, request.autoApplyThreshold());
            insert.setString(3, request.allocationOrder().name());
            insert.setBigDecimal(4, request.toleranceAmount());
            insert.setBigDecimal(5, request.tolerancePercent());
            insert.setBigDecimal(6, request.refundThreshold());
            insert.setString(7, user);
            insert.setTimestamp(8, Timestamp.from(Instant.now(clock)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return view(legalEntity);
    }
}
