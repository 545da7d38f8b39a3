package org.o2c.payments.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * Receivable accounts are kept in memory between commands; what is kept must always be what is stored: a state whose
 * transaction rolled back is forgotten, and a state another instance of the service has moved on is read again.
 */
@QuarkusTest
class CachedAccountTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Inject
    Commands commands;
    @Inject
    DataSource dataSource;

    @Test
    void aPaymentWhoseTransactionRolledBackAfterTheAccountTookItCanBeReceivedAgain() {
        UUID customer = UUID.randomUUID();
        PaymentId payment = PaymentId.newId();
        QuarkusTransaction.requiringNew().run(() -> commands.send(receive(customer, PaymentId.newId(), "100.00")));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            commands.send(receive(customer, payment, "40.00"));
            throw new IllegalStateException("something after the command fails the request");
        })).hasStackTraceContaining("something after the command");

        QuarkusTransaction.requiringNew().run(() -> commands.send(receive(customer, payment, "40.00")));
    }

    @Test
    void anAccountAnotherInstanceChangedIsReadAgainFromTheEventStore() throws SQLException {
        UUID customer = UUID.randomUUID();
        PaymentId first = PaymentId.newId();
        PaymentId byOtherInstance = PaymentId.newId();
        QuarkusTransaction.requiringNew().run(() -> commands.send(receive(customer, first, "100.00")));
        appendAsAnotherInstance(AccountId.of(customer, EUR), first, byOtherInstance);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> commands.send(receive(customer, byOtherInstance, "100.00"))))
                .as("the account knows the payment the other instance received")
                .hasStackTraceContaining(BusinessRuleViolation.class.getSimpleName())
                .hasStackTraceContaining("was already received");
    }

    private static ReceivePayment receive(UUID customer, PaymentId payment, String amount) {
        return new ReceivePayment(AccountId.of(customer, EUR), payment, new CustomerId(customer), "DE01", EUR,
                new BigDecimal(amount), LocalDate.of(2026, 3, 1), "no reference");
    }

    /** Stores the account's next event as a second instance of the service would: a copy of its last payment's. */
    private void appendAsAnotherInstance(AccountId account, PaymentId copied, PaymentId received) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement append = c.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                SELECT aggregateidentifier, sequencenumber + 1, type, ?, metadata,
                    convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), payloadrevision, payloadtype,
                    timestamp
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""")) {
            append.setString(1, UUID.randomUUID().toString());
            append.setString(2, copied.value().toString());
            append.setString(3, received.value().toString());
            append.setString(4, account.value().toString());
            assertThat(append.executeUpdate()).isEqualTo(1);
        }
    }
}
