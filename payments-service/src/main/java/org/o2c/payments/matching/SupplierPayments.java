package org.o2c.payments.matching;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.payments.bankstatement.ReconcileBankLine;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * The payments made to suppliers, learned from payables' events, and the bank's debit lines reconciled with them. A
 * debit line (not a return) is the debit of the supplier payment of its legal entity and currency with the same
 * amount, paid on the line's value date or up to {@value #DAYS_BEFORE} days before it, not yet reconciled; among
 * several such payments, the one whose supplier is the line's payee (by name, without legal form, case and
 * punctuation) or whose invoice numbers the line's text names. The line is then reconciled with it
 * ({@code BankLineReconciled}); one that fits no payment, or more than one, waits for a clerk.
 */
@Singleton
public class SupplierPayments implements EventConsumer {
    static final int DAYS_BEFORE = 5;

    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;

    @Override
    public String name() {
        return "supplier-payments";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payables"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return eventType == SupplierRegistered.class || eventType == SupplierPaymentMade.class;
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement supplier = c.prepareStatement("""
                     INSERT INTO payables_supplier (supplier_id, name) VALUES (?, ?)
                     ON CONFLICT (supplier_id) DO UPDATE SET name = EXCLUDED.name""");
             PreparedStatement payment = c.prepareStatement("""
                     INSERT INTO supplier_payment (supplier_payment_id, supplier_id, legal_entity, currency, amount,
                         payment_date, invoice_numbers) VALUES (?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT (supplier_payment_id) DO NOTHING""")) {
            for (EventEnvelope<? extends PublishedEvent> event : events) {
                if (event.payload() instanceof SupplierRegistered registered) {
                    supplier.setObject(1, registered.supplierId());
                    supplier.setString(2, registered.name());
                    supplier.addBatch();
                } else if (event.payload() instanceof SupplierPaymentMade made) {
                    payment.setObject(1, made.supplierPaymentId());
                    payment.setObject(2, made.supplierId());
                    payment.setString(3, made.legalEntity());
                    payment.setString(4, made.currency());
                    payment.setBigDecimal(5, made.amount());
                    payment.setObject(6, made.paymentDate());
                    payment.setString(7, made.items().stream().map(SupplierPaymentItem::supplierInvoiceNumber)
                            .collect(Collectors.joining(" ")));
                    payment.addBatch();
                }
            }
            supplier.executeBatch();
            payment.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + events.size() + " events from payables", e);
        }
    }

    /** A debit line and the supplier payment it is the debit of. */
    private record Fit(UUID statementId, UUID lineId, int lineNumber, BigDecimal amount, UUID paymentId,
                       String supplier, LocalDate paidOn, String invoices, boolean named) {
    }

    /** Reconciles the debit lines of these statements that are supplier payments; how many. */
    public int reconcile(Collection<UUID> statementIds) {
        List<Fit> fits = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT l.statement_id, l.line_id, l.line_number, l.amount, p.supplier_payment_id, s.name,
                       p.payment_date, p.invoice_numbers,
                       (payer_name_key(s.name) = payer_name_key(coalesce(l.counterparty_name, ''))
                        OR EXISTS (SELECT 1 FROM unnest(string_to_array(p.invoice_numbers, ' ')) n(number)
                                   WHERE n.number <> '' AND position(upper(n.number) IN
                                         upper(coalesce(l.remittance, ''))) > 0)) AS named
                FROM bank_line l
                JOIN supplier_payment p ON p.legal_entity = l.legal_entity AND p.currency = l.currency
                    AND p.amount = -l.amount AND p.bank_line_id IS NULL
                    AND p.payment_date BETWEEN l.value_date - ? AND l.value_date
                LEFT JOIN payables_supplier s ON s.supplier_id = p.supplier_id
                WHERE l.statement_id = ANY (?) AND l.status = 'UNMATCHED' AND l.amount < 0
                  AND l.return_reason IS NULL AND NOT l.reversal
                ORDER BY l.statement_id, l.line_number, p.payment_date DESC""")) {
            select.setInt(1, DAYS_BEFORE);
            select.setArray(2, c.createArrayOf("uuid", statementIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    fits.add(new Fit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getBigDecimal(4), rs.getObject(5, UUID.class), rs.getString(6),
                            rs.getObject(7, LocalDate.class), rs.getString(8), rs.getBoolean(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<UUID> taken = new HashSet<>();
        int reconciled = 0;
        for (List<Fit> ofLine : fits.stream().collect(Collectors.groupingBy(Fit::lineId,
                java.util.LinkedHashMap::new, Collectors.toList())).values()) {
            List<Fit> open = ofLine.stream().filter(f -> !taken.contains(f.paymentId())).toList();
            List<Fit> named = open.stream().filter(Fit::named).toList();
            Fit fit = open.size() == 1 ? open.get(0) : named.size() == 1 ? named.get(0) : null;
            if (fit == null) {
                continue;
            }
            taken.add(fit.paymentId());
            commands.send(new ReconcileBankLine(fit.statementId(), fit.lineId(), fit.lineNumber(), fit.amount(),
                    fit.paymentId(), null, "the debit of the payment to supplier "
                            + (fit.supplier() == null ? "(not yet known)" : fit.supplier()) + " of " + fit.paidOn()
                            + (fit.invoices().isBlank() ? "" : " for " + fit.invoices())));
            markReconciled(fit);
            reconciled++;
        }
        return reconciled;
    }

    private void markReconciled(Fit fit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE supplier_payment SET bank_line_id = ? WHERE supplier_payment_id = ?")) {
            update.setObject(1, fit.lineId());
            update.setObject(2, fit.paymentId());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
