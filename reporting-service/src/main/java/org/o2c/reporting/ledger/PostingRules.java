package org.o2c.reporting.ledger;

import static org.o2c.reporting.ledger.AccountRole.AP_CONTROL;
import static org.o2c.reporting.ledger.AccountRole.AR_CONTROL;
import static org.o2c.reporting.ledger.AccountRole.BANK_CLEARING;
import static org.o2c.reporting.ledger.AccountRole.CASH_DISCOUNTS;
import static org.o2c.reporting.ledger.AccountRole.CUSTOMER_CREDIT_BALANCES;
import static org.o2c.reporting.ledger.AccountRole.DEFAULT_EXPENSE;
import static org.o2c.reporting.ledger.AccountRole.INPUT_VAT;
import static org.o2c.reporting.ledger.AccountRole.OUTPUT_VAT;
import static org.o2c.reporting.ledger.AccountRole.REVENUE;
import static org.o2c.reporting.ledger.AccountRole.ROUNDING;
import static org.o2c.reporting.ledger.AccountRole.UNAPPLIED_CASH;
import static org.o2c.reporting.ledger.AccountRole.WRITE_OFF_EXPENSE;
import static org.o2c.reporting.ledger.PostingLine.credit;
import static org.o2c.reporting.ledger.PostingLine.debit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.payments.SettledRest;
import org.o2c.events.reporting.SourceDocument;

/**
 * The posting rules: which business event is posted to which accounts, on which side, with which amount. This
 * table is the one place an event type joins the ledger. Events of other types move no money or balance the
 * ledger keeps (a customer registered, an open item recorded from an invoice that is posted from invoicing, a
 * supplier invoice approved after its liability was posted at registration).
 *
 * <table>
 * <tr><th>event</th><th>debit</th><th>credit</th></tr>
 * <tr><td>InvoiceIssued</td><td>AR control (gross)</td><td>revenue and output VAT per tax rate</td></tr>
 * <tr><td>CreditNoteIssued</td><td>revenue and output VAT per tax rate</td><td>AR control (gross)</td></tr>
 * <tr><td>CreditNoteApplied with an excess</td><td>AR control (excess)</td>
 *     <td>credit balances owed to customers (excess)</td></tr>
 * <tr><td>PaymentReceived</td><td>bank clearing</td><td>unapplied cash</td></tr>
 * <tr><td>PaymentApplied</td><td>unapplied cash</td><td>AR control</td></tr>
 * <tr><td>PaymentUnapplied</td><td>AR control</td><td>unapplied cash</td></tr>
 * <tr><td>PaymentReturned</td><td>AR control per reopened invoice, unapplied cash (what was left)</td>
 *     <td>bank clearing</td></tr>
 * <tr><td>DiscountGranted</td><td>cash discounts (taxable share), output VAT per tax rate (tax share)</td>
 *     <td>AR control</td></tr>
 * <tr><td>ItemWrittenOff</td><td>bad debt written off</td><td>AR control</td></tr>
 * <tr><td>CreditBalanceApplied</td><td>credit balances owed to customers</td><td>AR control</td></tr>
 * <tr><td>RefundIssued</td><td>unapplied cash, or credit balances owed to customers</td>
 *     <td>bank clearing</td></tr>
 * <tr><td>a discount or write-off reversed with its application (PaymentUnapplied, PaymentReturned)</td>
 *     <td>AR control</td><td>the accounts it was posted to</td></tr>
 * <tr><td>SupplierInvoiceRegistered</td><td>default expense (net), input VAT</td><td>AP control (gross)</td></tr>
 * <tr><td>SupplierPaymentMade</td><td>AP control per supplier invoice</td><td>bank clearing</td></tr>
 * </table>
 * A document whose tax subtotals do not add up to its net and tax amounts posts the difference to rounding.
 * <p>
 * Bank clearing is the clearing account of the bank account a payment came in on or is returned from, when the
 * event names it (payments taken from statement lines, or keyed with their bank account): the chart's account for
 * that bank account, else the one given at its registration. Each such line carries the bank account's id, which
 * the bank reconciliation reads. Otherwise, and for refunds and supplier payments, the role's account.
 */
public final class PostingRules {
    private static final Map<Class<? extends PublishedEvent>, Function<PublishedEvent, Optional<Posting>>> RULES =
            new LinkedHashMap<>();

    static {
        rule(InvoiceIssued.class, PostingRules::invoiceIssued);
        rule(CreditNoteIssued.class, PostingRules::creditNoteIssued);
        rule(CreditNoteApplied.class, PostingRules::creditNoteApplied);
        rule(PaymentReceived.class, PostingRules::paymentReceived);
        rule(PaymentApplied.class, PostingRules::paymentApplied);
        rule(PaymentUnapplied.class, PostingRules::paymentUnapplied);
        rule(PaymentReturned.class, PostingRules::paymentReturned);
        rule(DiscountGranted.class, PostingRules::discountGranted);
        rule(ItemWrittenOff.class, PostingRules::itemWrittenOff);
        rule(CreditBalanceApplied.class, PostingRules::creditBalanceApplied);
        rule(RefundIssued.class, PostingRules::refundIssued);
        rule(SupplierInvoiceRegistered.class, PostingRules::supplierInvoiceRegistered);
        rule(SupplierPaymentMade.class, PostingRules::supplierPaymentMade);
    }

    private PostingRules() {
    }

    private static <E extends PublishedEvent> void rule(Class<E> type, Function<E, Optional<Posting>> rule) {
        RULES.put(type, event -> rule.apply(type.cast(event)));
    }

    /** The event types that have a rule. */
    public static Set<Class<? extends PublishedEvent>> postedTypes() {
        return RULES.keySet();
    }

    /** The posting of an event, or empty when the event moves nothing the ledger keeps. */
    public static Optional<Posting> postingOf(PublishedEvent event) {
        Function<PublishedEvent, Optional<Posting>> rule = RULES.get(event.getClass());
        return rule == null ? Optional.empty() : rule.apply(event);
    }

    private static Optional<Posting> invoiceIssued(InvoiceIssued invoice) {
        List<PostingLine> lines = new ArrayList<>();
        lines.add(debit(AR_CONTROL, invoice.grossAmount()).onItem(invoice.invoiceId()));
        lines.addAll(revenueAndTax(invoice.taxSubtotals(), invoice.lines(), invoice.netAmount(),
                invoice.taxAmount(), invoice.grossAmount()));
        return Optional.of(Posting.customer(invoice.legalEntity(), invoice.currency(), invoice.issueDate(),
                new SourceDocument("INVOICE", invoice.invoiceId(), invoice.invoiceNumber()), invoice.customerId(),
                "Invoice " + invoice.invoiceNumber(), lines));
    }

    private static Optional<Posting> creditNoteIssued(CreditNoteIssued note) {
        List<PostingLine> lines = new ArrayList<>();
        revenueAndTax(note.taxSubtotals(), note.lines(), note.netAmount(), note.taxAmount(), note.grossAmount())
                .forEach(line -> lines.add(line.reversed()));
        lines.add(credit(AR_CONTROL, note.grossAmount()).onItem(note.invoiceId()));
        return Optional.of(Posting.customer(note.legalEntity(), note.currency(), note.issueDate(),
                new SourceDocument("CREDIT_NOTE", note.creditNoteId(), note.creditNoteNumber()), note.customerId(),
                "Credit note " + note.creditNoteNumber() + " on invoice " + note.invoiceNumber(), lines));
    }

    /**
     * Credit lines for a document's revenue and output VAT, one pair per tax rate from its tax subtotals (or its
     * lines, when it has no subtotals), and a rounding line when they do not add up to its gross amount.
     */
    private static List<PostingLine> revenueAndTax(List<TaxSubtotal> subtotals, List<InvoiceLine> documentLines,
                                                   BigDecimal net, BigDecimal tax, BigDecimal gross) {
        List<PostingLine> lines = new ArrayList<>();
        BigDecimal credited = BigDecimal.ZERO;
        if (subtotals != null && !subtotals.isEmpty()) {
            for (TaxSubtotal subtotal : subtotals) {
                lines.add(credit(REVENUE, subtotal.taxableAmount()).forRate(subtotal.taxRate()));
                lines.add(credit(OUTPUT_VAT, subtotal.taxAmount()).forRate(subtotal.taxRate()));
                credited = credited.add(subtotal.taxableAmount()).add(subtotal.taxAmount());
            }
        } else {
            BigDecimal rate = documentLines == null || documentLines.isEmpty() ? null
                    : documentLines.get(0).taxRate();
            lines.add(credit(REVENUE, net).forRate(rate));
            lines.add(credit(OUTPUT_VAT, tax).forRate(rate));
            credited = net.add(tax);
        }
        BigDecimal difference = gross.subtract(credited);
        if (difference.signum() != 0) {
            lines.add(difference.signum() > 0 ? credit(ROUNDING, difference) : debit(ROUNDING, difference.negate()));
        }
        return lines;
    }

    private static Optional<Posting> creditNoteApplied(CreditNoteApplied applied) {
        if (applied.excessAmount().signum() == 0) {
            return Optional.empty(); // the credit note's own posting already reduced the invoice
        }
        return Optional.of(Posting.customer(applied.legalEntity(), applied.currency(), applied.issueDate(),
                new SourceDocument("CREDIT_NOTE", applied.creditNoteId(), applied.creditNoteNumber()),
                applied.customerId(), "Credit note " + applied.creditNoteNumber() + " beyond what invoice "
                        + applied.invoiceNumber() + " had open, owed to the customer",
                List.of(debit(AR_CONTROL, applied.excessAmount()).onItem(applied.invoiceId()),
                        credit(CUSTOMER_CREDIT_BALANCES, applied.excessAmount()))));
    }

    private static Optional<Posting> paymentReceived(PaymentReceived payment) {
        return Optional.of(Posting.customer(payment.legalEntity(), payment.currency(), payment.valueDate(),
                new SourceDocument("PAYMENT", payment.paymentId(), null), payment.customerId(),
                "Payment received" + reference(payment.payerReference()),
                List.of(debit(BANK_CLEARING, payment.amount()).through(payment.bankAccount()),
                        credit(UNAPPLIED_CASH, payment.amount()))));
    }

    private static Optional<Posting> paymentApplied(PaymentApplied applied) {
        return Optional.of(Posting.customer(applied.legalEntity(), applied.currency(), applied.appliedOn(),
                new SourceDocument("PAYMENT", applied.paymentId(), null), applied.customerId(),
                "Payment applied to invoice " + applied.invoiceNumber(),
                List.of(debit(UNAPPLIED_CASH, applied.amount()),
                        credit(AR_CONTROL, applied.amount()).onItem(applied.invoiceId()))));
    }

    private static Optional<Posting> paymentUnapplied(PaymentUnapplied unapplied) {
        List<PostingLine> lines = new ArrayList<>();
        lines.add(debit(AR_CONTROL, unapplied.amount()).onItem(unapplied.invoiceId()));
        lines.add(credit(UNAPPLIED_CASH, unapplied.amount()));
        lines.addAll(restReversed(unapplied.rest(), unapplied.invoiceId()));
        return Optional.of(Posting.customer(unapplied.legalEntity(), unapplied.currency(), unapplied.unappliedOn(),
                new SourceDocument("PAYMENT", unapplied.paymentId(), null), unapplied.customerId(),
                "Payment taken back from invoice " + unapplied.invoiceNumber() + reference(unapplied.reason()),
                lines));
    }

    private static Optional<Posting> discountGranted(DiscountGranted discount) {
        List<PostingLine> lines = new ArrayList<>(discountLines(discount.shares(), discount.amount()));
        lines.add(credit(AR_CONTROL, discount.amount()).onItem(discount.invoiceId()));
        return Optional.of(Posting.customer(discount.legalEntity(), discount.currency(), discount.grantedOn(),
                new SourceDocument("PAYMENT", discount.paymentId(), null), discount.customerId(),
                "Early-payment discount on invoice " + discount.invoiceNumber(), lines));
    }

    private static Optional<Posting> itemWrittenOff(ItemWrittenOff writeOff) {
        return Optional.of(Posting.customer(writeOff.legalEntity(), writeOff.currency(), writeOff.writtenOffOn(),
                new SourceDocument("PAYMENT", writeOff.paymentId(), null), writeOff.customerId(),
                "Written off on invoice " + writeOff.invoiceNumber() + reference(writeOff.reason()),
                List.of(debit(WRITE_OFF_EXPENSE, writeOff.amount()),
                        credit(AR_CONTROL, writeOff.amount()).onItem(writeOff.invoiceId()))));
    }

    private static Optional<Posting> creditBalanceApplied(CreditBalanceApplied applied) {
        return Optional.of(Posting.customer(applied.legalEntity(), applied.currency(), applied.appliedOn(),
                new SourceDocument("INVOICE", applied.invoiceId(), applied.invoiceNumber()), applied.customerId(),
                "Credit balance applied to invoice " + applied.invoiceNumber(),
                List.of(debit(CUSTOMER_CREDIT_BALANCES, applied.amount()),
                        credit(AR_CONTROL, applied.amount()).onItem(applied.invoiceId()))));
    }

    private static Optional<Posting> refundIssued(RefundIssued refund) {
        boolean cash = RefundIssued.UNAPPLIED_CASH.equals(refund.source());
        return Optional.of(Posting.customer(refund.legalEntity(), refund.currency(), refund.issuedOn(),
                new SourceDocument("REFUND", refund.refundId(), null), refund.customerId(),
                "Refund to " + refund.payee() + reference(refund.reason()),
                List.of(debit(cash ? UNAPPLIED_CASH : CUSTOMER_CREDIT_BALANCES, refund.amount()),
                        credit(BANK_CLEARING, refund.amount()))));
    }

    /**
     * The debits of a discount: its taxable share per tax rate to cash discounts, its tax share to that rate's
     * output VAT, and a rounding line when the shares do not add up to the amount.
     */
    private static List<PostingLine> discountLines(List<TaxSubtotal> shares, BigDecimal amount) {
        List<PostingLine> lines = new ArrayList<>();
        BigDecimal debited = BigDecimal.ZERO;
        for (TaxSubtotal share : shares) {
            lines.add(debit(CASH_DISCOUNTS, share.taxableAmount()));
            if (share.taxAmount().signum() != 0) {
                lines.add(debit(OUTPUT_VAT, share.taxAmount()).forRate(share.taxRate()));
            }
            debited = debited.add(share.taxableAmount()).add(share.taxAmount());
        }
        BigDecimal difference = amount.subtract(debited);
        if (difference.signum() != 0) {
            lines.add(difference.signum() > 0 ? debit(ROUNDING, difference) : credit(ROUNDING, difference.negate()));
        }
        return lines;
    }

    /** A discount or write-off that goes with its application: back on the invoice, off the accounts it hit. */
    private static List<PostingLine> restReversed(SettledRest rest, UUID invoiceId) {
        if (rest == null) {
            return List.of();
        }
        List<PostingLine> lines = new ArrayList<>();
        lines.add(debit(AR_CONTROL, rest.amount()).onItem(invoiceId));
        List<PostingLine> posted = SettledRest.DISCOUNT.equals(rest.how())
                ? discountLines(rest.shares(), rest.amount()) : List.of(debit(WRITE_OFF_EXPENSE, rest.amount()));
        posted.forEach(line -> lines.add(line.reversed()));
        return lines;
    }

    private static Optional<Posting> paymentReturned(PaymentReturned returned) {
        List<PostingLine> lines = new ArrayList<>();
        for (ReopenedItem item : returned.reopened()) {
            lines.add(debit(AR_CONTROL, item.amount()).onItem(item.invoiceId()));
            lines.addAll(restReversed(item.rest(), item.invoiceId()));
        }
        if (returned.unappliedReversed().signum() != 0) {
            lines.add(debit(UNAPPLIED_CASH, returned.unappliedReversed()));
        }
        lines.add(credit(BANK_CLEARING, returned.amount()).through(returned.bankAccount()));
        return Optional.of(Posting.customer(returned.legalEntity(), returned.currency(), returned.returnedOn(),
                new SourceDocument("PAYMENT", returned.paymentId(), null), returned.customerId(),
                "Payment returned" + reference(returned.reason()), lines));
    }

    private static Optional<Posting> supplierInvoiceRegistered(SupplierInvoiceRegistered invoice) {
        List<PostingLine> lines = new ArrayList<>();
        lines.add(debit(DEFAULT_EXPENSE, invoice.netAmount()));
        if (invoice.taxAmount().signum() != 0) {
            lines.add(debit(INPUT_VAT, invoice.taxAmount()));
        }
        BigDecimal difference = invoice.grossAmount().subtract(invoice.netAmount()).subtract(invoice.taxAmount());
        if (difference.signum() != 0) {
            lines.add(difference.signum() > 0 ? debit(ROUNDING, difference) : credit(ROUNDING, difference.negate()));
        }
        lines.add(credit(AP_CONTROL, invoice.grossAmount()).onItem(invoice.supplierInvoiceId()));
        return Optional.of(Posting.supplier(invoice.legalEntity(), invoice.currency(), invoice.invoiceDate(),
                new SourceDocument("SUPPLIER_INVOICE", invoice.supplierInvoiceId(), invoice.supplierInvoiceNumber()),
                invoice.supplierId(), "Supplier invoice " + invoice.supplierInvoiceNumber(), lines));
    }

    private static Optional<Posting> supplierPaymentMade(SupplierPaymentMade payment) {
        List<PostingLine> lines = new ArrayList<>();
        for (SupplierPaymentItem item : payment.items()) {
            lines.add(debit(AP_CONTROL, item.amount()).onItem(item.supplierInvoiceId()));
        }
        lines.add(credit(BANK_CLEARING, payment.amount()));
        return Optional.of(Posting.supplier(payment.legalEntity(), payment.currency(), payment.paymentDate(),
                new SourceDocument("SUPPLIER_PAYMENT", payment.supplierPaymentId(), null), payment.supplierId(),
                "Supplier payment", lines));
    }

    private static String reference(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
