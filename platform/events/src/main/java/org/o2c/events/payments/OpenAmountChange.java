package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.PublishedEvent;

/**
 * What an event of the receivables ledger says about an invoice's open amount: the one reading of
 * {@code o2c.payments.events} that every service keeping invoices' open amounts uses.
 *
 * <p>Every event that changes an open amount states the amount after it: {@link OpenItemRecorded} (the item opens,
 * on its issue date), {@link PaymentApplied} (on the day applied), {@link CreditNoteApplied} (on the credit note's
 * issue date, with the amount it credited), {@link CreditBalanceApplied} (on the day applied), {@link DiscountGranted}
 * and {@link ItemWrittenOff} (on the day granted or written off), {@link PaymentUnapplied} and {@link PaymentReturned}
 * (each reopened item, on the day returned).
 * {@link InvoiceSettled} follows a change that already stated zero, and the other events change no open amount.
 *
 * @param openAmount  the invoice's open amount after the event
 * @param credited    what a credit note took off the invoice with this event (zero for anything else)
 * @param effectiveOn the business date from which the amount holds
 */
public record OpenAmountChange(UUID invoiceId, BigDecimal openAmount, BigDecimal credited, LocalDate effectiveOn) {

    /** The open amounts the event sets, in its order; empty for an event that sets none. */
    public static List<OpenAmountChange> of(PublishedEvent event) {
        if (event instanceof OpenItemRecorded recorded) {
            return List.of(new OpenAmountChange(recorded.invoiceId(), recorded.openAmount(), BigDecimal.ZERO,
                    recorded.issueDate()));
        }
        if (event instanceof PaymentApplied applied) {
            return List.of(new OpenAmountChange(applied.invoiceId(), applied.invoiceOpenAmount(), BigDecimal.ZERO,
                    applied.appliedOn()));
        }
        if (event instanceof CreditNoteApplied credit) {
            return List.of(new OpenAmountChange(credit.invoiceId(), credit.invoiceOpenAmount(), credit.appliedAmount(),
                    credit.issueDate()));
        }
        if (event instanceof CreditBalanceApplied credit) {
            return List.of(new OpenAmountChange(credit.invoiceId(), credit.invoiceOpenAmount(), BigDecimal.ZERO,
                    credit.appliedOn()));
        }
        if (event instanceof DiscountGranted discount) {
            return List.of(new OpenAmountChange(discount.invoiceId(), discount.invoiceOpenAmount(), BigDecimal.ZERO,
                    discount.grantedOn()));
        }
        if (event instanceof ItemWrittenOff writeOff) {
            return List.of(new OpenAmountChange(writeOff.invoiceId(), writeOff.invoiceOpenAmount(), BigDecimal.ZERO,
                    writeOff.writtenOffOn()));
        }
        if (event instanceof PaymentUnapplied unapplied) {
            return List.of(new OpenAmountChange(unapplied.invoiceId(), unapplied.invoiceOpenAmount(), BigDecimal.ZERO,
                    unapplied.unappliedOn()));
        }
        if (event instanceof PaymentReturned returned && returned.reopened() != null) {
            return returned.reopened().stream().map(item -> new OpenAmountChange(item.invoiceId(),
                    item.invoiceOpenAmount(), BigDecimal.ZERO, returned.returnedOn())).toList();
        }
        return List.of();
    }
}
