package org.o2c.payables.supplierinvoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The supplier invoice numbers taken, one row per supplier and number. A registration claims its row in its own
 * transaction; a second registration of the same number, even one running at the same moment, waits for the
 * first and finds the row taken, so a supplier invoice cannot be registered (and paid) twice.
 */
@Singleton
public class SupplierInvoiceNumbers {
    @Inject
    DataSource dataSource;

    /**
     * The form in which two numbers are the same: without any whitespace and in capitals, since suppliers and
     * clerks write "re 2026/0815" and "RE2026/0815" for one document.
     */
    public static String normalized(String supplierInvoiceNumber) {
        return supplierInvoiceNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Claims the number for this invoice; empty when claimed, else the invoice that already holds it. */
    public Optional<UUID> claim(UUID supplierId, String supplierInvoiceNumber, UUID supplierInvoiceId) {
        String number = normalized(supplierInvoiceNumber);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO supplier_invoice_number "
                     + "(supplier_id, normalized_number, supplier_invoice_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement holder = c.prepareStatement("SELECT supplier_invoice_id FROM supplier_invoice_number "
                     + "WHERE supplier_id = ? AND normalized_number = ?")) {
            insert.setObject(1, supplierId);
            insert.setString(2, number);
            insert.setObject(3, supplierInvoiceId);
            if (insert.executeUpdate() == 1) {
                return Optional.empty();
            }
            holder.setObject(1, supplierId);
            holder.setString(2, number);
            try (ResultSet row = holder.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("number " + number + " neither claimed nor held");
                }
                return Optional.of(row.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
