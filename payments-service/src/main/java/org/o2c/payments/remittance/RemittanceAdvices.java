package org.o2c.payments.remittance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.matching.CashMatching;
import org.o2c.payments.upload.FileDigest;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * Takes in customers' remittance advices: kept as imported (the file and its rows), then the waiting bank lines
 * that carry one of its payment references are matched again, so that an advice that comes after the statement
 * applies them as one that came before would have. Runs inside the request's transaction.
 */
@ApplicationScoped
public class RemittanceAdvices {
    @Inject
    DataSource dataSource;
    @Inject
    CashMatching matching;
    @Inject
    Clock clock;

    public RemittanceAdviceView importFile(byte[] file, String legalEntity, String user) {
        if (file == null || file.length == 0) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "file", "required", "the file is empty");
        }
        List<AdviceRow> rows = RemittanceAdviceFile.read(file);
        String sha256 = FileDigest.sha256(file);
        UUID adviceId = TimeOrderedIds.next();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO remittance_advice (advice_id, legal_entity, sha256, content, row_count, imported_by,
                        imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (legal_entity, sha256) DO NOTHING""")) {
                insert.setObject(1, adviceId);
                insert.setString(2, legalEntity);
                insert.setString(3, sha256);
                insert.setBytes(4, file);
                insert.setInt(5, rows.size());
                insert.setString(6, user);
                insert.setTimestamp(7, Timestamp.from(Instant.now(clock)));
                if (insert.executeUpdate() == 0) {
                    throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before",
                            "this very file was imported before for " + legalEntity);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO remittance_advice_row (advice_id, row_number, legal_entity, payment_reference,
                        reference_key, invoice_number, amount, discount, payer_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AdviceRow row : rows) {
                    insert.setObject(1, adviceId);
                    insert.setInt(2, row.row());
                    insert.setString(3, legalEntity);
                    insert.setString(4, row.paymentReference());
                    insert.setString(5, row.referenceKey());
                    insert.setString(6, row.invoiceNumber());
                    insert.setBigDecimal(7, row.amount());
                    insert.setBigDecimal(8, row.discount());
                    insert.setString(9, row.payerName());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> keys.add(row.referenceKey()));
        CashMatching.Outcome outcome = matching.rematch(legalEntity, keys);
        return find(adviceId).orElseThrow().withOutcome(outcome.applied(), outcome.waiting());
    }

    public Optional<RemittanceAdviceView> find(UUID adviceId) {
        try (Connection c = dataSource.getConnection()) {
            String legalEntity;
            String importedBy;
            Instant importedAt;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT legal_entity, imported_by, imported_at FROM remittance_advice WHERE advice_id = ?")) {
                select.setObject(1, adviceId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    legalEntity = rs.getString(1);
                    importedBy = rs.getString(2);
                    importedAt = rs.getTimestamp(3).toInstant();
                }
            }
            List<RemittanceAdviceView.Row> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT row_number, payment_reference, invoice_number, amount, discount, payer_name, bank_line_id
                    FROM remittance_advice_row WHERE advice_id = ? ORDER BY row_number""")) {
                select.setObject(1, adviceId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RemittanceAdviceView.Row(rs.getInt(1), rs.getString(2), rs.getString(3),
                                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6),
                                rs.getObject(7, UUID.class)));
                    }
                }
            }
            return Optional.of(new RemittanceAdviceView(adviceId, legalEntity, importedBy, importedAt, rows, 0, 0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
