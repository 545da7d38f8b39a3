package org.o2c.payables.supplierpayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.payables.supplier.SupplierId;
import org.o2c.runtime.problem.BusinessRuleViolation;

class SupplierPaymentTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);
    private AggregateTestFixture<SupplierPayment> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(SupplierPayment.class);
    }

    @Test
    void aPaymentAmountsToTheSumOfItsItems() {
        UUID payment = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        List<SupplierPaymentItem> items = List.of(item(UUID.randomUUID(), "1190.00", "0.00"),
                item(UUID.randomUUID(), "500.00", "690.00"));
        fixture.givenNoPriorActivity()
                .when(new MakeSupplierPayment(new SupplierPaymentId(payment), new SupplierId(supplier), "DE01", EUR,
                        PAID_ON, items))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupplierPaymentMade(payment, supplier, "DE01", "EUR", PAID_ON,
                        new BigDecimal("1690.00"), items));
    }

    @Test
    void aPaymentWithoutItemsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new MakeSupplierPayment(SupplierPaymentId.newId(), SupplierId.newId(), "DE01", EUR, PAID_ON,
                        List.of()))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anInvoicePaidTwiceInOnePaymentIsRefused() {
        UUID invoice = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new MakeSupplierPayment(SupplierPaymentId.newId(), SupplierId.newId(), "DE01", EUR, PAID_ON,
                        List.of(item(invoice, "10.00", "20.00"), item(invoice, "10.00", "10.00"))))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("items[1].supplierInvoiceId: each supplier invoice appears once in a payment")
                .expectNoEvents();
    }

    private static SupplierPaymentItem item(UUID invoice, String amount, String open) {
        return new SupplierPaymentItem(invoice, "RE-" + invoice.toString().substring(0, 8), new BigDecimal(amount),
                new BigDecimal(open));
    }
}
