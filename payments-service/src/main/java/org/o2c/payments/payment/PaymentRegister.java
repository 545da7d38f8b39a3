package org.o2c.payments.payment;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.receivable.PaymentStatus;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Reads payments with their applications from the ledger's read model: a page of payments and the applications
 * of all of them take two queries in one snapshot, whatever the page size.
 */
@Singleton
public class PaymentRegister {
    @Inject
    DataSource dataSource;

    public Optional<PaymentView> find(UUID paymentId) {
        return Snapshot.read(dataSource, c -> {
            List<PaymentView> found = payments(c, "SELECT * FROM payment WHERE payment_id = ?", List.of(paymentId));
            return found.stream().findFirst();
        });
    }

    /** Newest first, of the legal entities in scope; optionally of one customer. */
    public Page<PaymentView> list(LegalEntityScope scope, UUID customerId, int page, int size) {
        Where filter = Where.inScope(scope, "legal_entity").equal("customer_id", customerId);
        String from = filter.applyTo("payment");
        List<Object> parameters = filter.parameters();
        return Snapshot.read(dataSource, c -> {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM " + from)) {
                bind(count, parameters);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(size);
            paged.add((long) page * size);
            List<PaymentView> items = payments(c, "SELECT * FROM " + from
                    + " ORDER BY received_at DESC, payment_id LIMIT ? OFFSET ?", paged);
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * The account of each of these invoices that the ledger holds in the legal entities of the scope; an unknown
     * invoice, or one of another legal entity, is missing from the map.
     */
    public Map<UUID, UUID> accountsOfInvoices(Collection<UUID> invoiceIds, LegalEntityScope scope) {
        return Snapshot.read(dataSource, c -> {
            Map<UUID, UUID> accounts = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT o.invoice_id, o.account_id FROM open_item o JOIN receivable_account a USING (account_id)
                    WHERE o.invoice_id = ANY (?)""" + (scope.coversEveryEntity() ? "" : " AND a.legal_entity = ANY (?)"))) {
                select.setArray(1, c.createArrayOf("uuid", invoiceIds.toArray()));
                if (!scope.coversEveryEntity()) {
                    select.setArray(2, c.createArrayOf("varchar", scope.sqlFilter()));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        accounts.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    }
                }
            }
            return accounts;
        });
    }

    private static List<PaymentView> payments(Connection c, String sql, List<Object> parameters) throws SQLException {
        Map<UUID, List<PaymentApplicationView>> applications = new LinkedHashMap<>();
        List<ResultRow> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("payment_id", UUID.class);
                    applications.put(id, new ArrayList<>());
                    rows.add(new ResultRow(id, rs.getObject("account_id", UUID.class),
                            rs.getObject("customer_id", UUID.class), rs.getString("legal_entity"),
                            rs.getString("currency"), rs.getBigDecimal("amount"), rs.getBigDecimal("unapplied_amount"),
                            rs.getObject("value_date", java.time.LocalDate.class), rs.getString("payer_reference"),
                            PaymentStatus.valueOf(rs.getString("status")),
                            rs.getObject("returned_on", java.time.LocalDate.class), rs.getString("return_reason"),
                            rs.getBigDecimal("returned_unapplied"), rs.getTimestamp("received_at").toInstant()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = c.prepareStatement("""
                SELECT * FROM payment_application WHERE payment_id = ANY (?) ORDER BY payment_id, id""")) {
            Array ids = c.createArrayOf("uuid", applications.keySet().toArray());
            select.setArray(1, ids);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    applications.get(rs.getObject("payment_id", UUID.class)).add(new PaymentApplicationView(
                            rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"),
                            rs.getBigDecimal("amount"), rs.getObject("applied_on", java.time.LocalDate.class),
                            rs.getBoolean("automatic"), rs.getBoolean("reversed")));
                }
            }
        }
        return rows.stream().map(r -> r.view(applications.get(r.paymentId()))).toList();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private record ResultRow(UUID paymentId, UUID accountId, UUID customerId, String legalEntity, String currency,
                             java.math.BigDecimal amount, java.math.BigDecimal unapplied, java.time.LocalDate valueDate,
                             String payerReference, PaymentStatus status, java.time.LocalDate returnedOn,
                             String returnReason, java.math.BigDecimal returnedUnapplied,
                                     java.time.Instant receivedAt) {
        PaymentView view(List<PaymentApplicationView> applications) {
            return new PaymentView(paymentId, accountId, customerId, legalEntity, currency, amount, unapplied,
                    valueDate, payerReference, status, returnedOn, returnReason, returnedUnapplied,
                    List.copyOf(applications), receivedAt);
        }
    }
}
