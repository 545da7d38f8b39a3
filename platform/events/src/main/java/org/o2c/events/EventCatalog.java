package org.o2c.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.collections.DisputeResolved;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.events.collections.PromiseBroken;
import org.o2c.events.collections.PromiseToPayRecorded;
import org.o2c.events.credit.CreditCheckDeclined;
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitBreached;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.events.payments.BankAccountRegistered;
import org.o2c.events.payments.BankLineApplied;
import org.o2c.events.payments.BankLineReconciled;
import org.o2c.events.payments.BankStatementImported;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.RefundRejected;
import org.o2c.events.payments.RefundRequested;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.PeriodClosed;
import org.o2c.events.reporting.PeriodReopened;

/** Every published event type, by wire name. A consumer decodes a record only through this catalog. */
public final class EventCatalog {

    private static final Map<String, Class<? extends PublishedEvent>> BY_TYPE = Stream.of(
                    // invoicing
                    CustomerRegistered.class, InvoiceIssued.class, CreditNoteIssued.class,
                    // payments
                    OpenItemRecorded.class, CreditNoteApplied.class, PaymentReceived.class, PaymentApplied.class,
                    InvoiceSettled.class, PaymentReturned.class, PaymentUnapplied.class, BankAccountRegistered.class,
                    BankStatementImported.class, BankLineApplied.class, BankLineReconciled.class,
                    DiscountGranted.class, ItemWrittenOff.class, DeductionRaised.class, CreditBalanceApplied.class,
                    RefundRequested.class, RefundIssued.class, RefundRejected.class,
                    // credit
                    CreditLimitChanged.class, CreditLimitBreached.class, CreditHoldPlaced.class,
                    CreditHoldReleased.class, CreditCheckDeclined.class,
                    // collections
                    DunningLetterIssued.class, DisputeOpened.class, DisputeResolved.class,
                    PromiseToPayRecorded.class, PromiseBroken.class,
                    // payables
                    SupplierRegistered.class, SupplierInvoiceRegistered.class, SupplierInvoiceApproved.class,
                    SupplierPaymentMade.class,
                    // reporting
                    JournalEntryPosted.class, PeriodClosed.class, PeriodReopened.class)
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<Class<? extends PublishedEvent>> classFor(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static String typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType: it is not a published event");
        }
        return type.value();
    }

    public static boolean isPublished(Class<?> eventClass) {
        return eventClass.isAnnotationPresent(EventType.class) && BY_TYPE.containsKey(typeOf(eventClass));
    }
}
