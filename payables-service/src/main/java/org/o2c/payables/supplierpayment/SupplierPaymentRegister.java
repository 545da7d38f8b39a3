package org.o2c.payables.supplierpayment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.runtime.axon.RequestMetaData;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The supplier payment read model, updated in the same transaction as the events it follows. */
@Singleton
public class SupplierPaymentRegister {
    private static final TypeReference<List<SupplierPaymentItemView>> ITEMS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @EventHandler
    void on(SupplierPaymentMade event, @org.axonframework.eventhandling.Timestamp Instant madeAt,
            @MetaDataValue(RequestMetaData.ACTING_USER) String madeBy) throws SQLException, IOException {
        List<SupplierPaymentItemView> items = event.items().stream().map(i -> new SupplierPaymentItemView(
                i.supplierInvoiceId(), i.supplierInvoiceNumber(), i.amount(), i.openAmount())).toList();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO supplier_payment (id, supplier_id, legal_entity, currency, payment_date, amount, items,
                    made_by, made_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")) {
            insert.setObject(1, event.supplierPaymentId());
            insert.setObject(2, event.supplierId());
            insert.setString(3, event.legalEntity());
            insert.setString(4, event.currency());
            insert.setObject(5, event.paymentDate());
            insert.setBigDecimal(6, event.amount());
            insert.setString(7, json.writeValueAsString(items));
            insert.setString(8, madeBy);
            insert.setTimestamp(9, Timestamp.from(madeAt));
            insert.executeUpdate();
        }
    }

    public Optional<SupplierPaymentView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM supplier_payment WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest payment date first, of the legal entities in scope; optionally to one supplier. */
    public Page<SupplierPaymentView> list(LegalEntityScope scope, UUID supplierId, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("supplier_id", supplierId)
                .page("supplier_payment", "payment_date DESC, made_at DESC, id")
                .fetch(dataSource, page, size, this::view);
    }

    private SupplierPaymentView view(ResultSet row) throws SQLException, IOException {
        return new SupplierPaymentView(row.getObject("id", UUID.class), row.getObject("supplier_id", UUID.class),
                row.getString("legal_entity"), row.getString("currency"),
                row.getObject("payment_date", LocalDate.class), row.getBigDecimal("amount"),
                json.readValue(row.getString("items"), ITEMS), row.getString("made_by"),
                row.getTimestamp("made_at").toInstant());
    }
}
