package org.o2c.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.payments.SettledRest;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.runtime.period.ClosedBooks;

/** Each posted event type against its accounts, sides and amounts, on the default chart. */
class PostingRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();
    private static final UUID PAYMENT = UUID.randomUUID();

    @Test
    void anInvoiceDebitsReceivablesAndCreditsRevenueAndOutputVatPerRate() {
        InvoiceIssued invoice = new InvoiceIssued(INVOICE, "INV-1", CUSTOMER, "DE01", "EUR", DAY, DAY.plusDays(30),
                List.of(line("1000.00", "19"), line("100.00", "7")),
                List.of(tax("19", "1000.00", "190.00"), tax("7", "100.00", "7.00")), money("1100.00"),
                money("197.00"), money("1297.00"));
        JournalEntryPosted entry = post(invoice);
        assertThat(lines(entry)).containsExactly("1100 DEBIT 1297.00 " + INVOICE, "4190 CREDIT 1000.00",
                "2490 CREDIT 190.00", "4070 CREDIT 100.00", "2370 CREDIT 7.00");
        assertThat(entry.source().type()).isEqualTo("INVOICE");
        assertThat(entry.source().number()).isEqualTo("INV-1");
        assertThat(entry.customerId()).isEqualTo(CUSTOMER);
        assertThat(entry.accountingDate()).isEqualTo(DAY);
    }

    @Test
    void taxSubtotalsThatDoNotAddUpToTheGrossPostTheRestToRounding() {
        InvoiceIssued invoice = new InvoiceIssued(INVOICE, "INV-2", CUSTOMER, "DE01", "EUR", DAY, DAY,
                List.of(line("10.00", "19")), List.of(tax("19", "10.00", "1.90")), money("10.00"), money("1.90"),
                money("11.91"));
        assertThat(lines(post(invoice))).containsExactly("1100 DEBIT 11.91 " + INVOICE, "4190 CREDIT 10.00",
                "2490 CREDIT 1.90", "6900 CREDIT 0.01");
    }

    @Test
    void aCreditNoteReversesRevenueAndVatAgainstReceivablesOfItsInvoice() {
        UUID note = UUID.randomUUID();
        JournalEntryPosted entry = post(new CreditNoteIssued(note, "CN-1", INVOICE, "INV-1", CUSTOMER, "DE01",
                "EUR", DAY, "damaged", List.of(line("100.00", "19")), List.of(tax("19", "100.00", "19.00")),
                money("100.00"), money("19.00"), money("119.00")));
        assertThat(lines(entry)).containsExactly("4190 DEBIT 100.00", "2490 DEBIT 19.00",
                "1100 CREDIT 119.00 " + INVOICE);
        assertThat(entry.source().id()).isEqualTo(note);
    }

    @Test
    void theExcessOfACreditNoteIsOwedToTheCustomer() {
        assertThat(lines(post(creditNoteApplied("0.00")))).isEmpty();
        assertThat(lines(post(creditNoteApplied("19.00")))).containsExactly("1100 DEBIT 19.00 " + INVOICE,
                "2110 CREDIT 19.00");
    }

    @Test
    void aPaymentIsCashUnappliedUntilItIsAppliedToAnInvoice() {
        assertThat(lines(post(new PaymentReceived(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY, "INV-1", null, null))))
                .containsExactly("1200 DEBIT 500.00", "2100 CREDIT 500.00");
        JournalEntryPosted applied = post(new PaymentApplied(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                INVOICE, "INV-1", money("400.00"), DAY.plusDays(2), false, money("790.00"), money("100.00"), null));
        assertThat(lines(applied)).containsExactly("2100 DEBIT 400.00", "1100 CREDIT 400.00 " + INVOICE);
        assertThat(applied.accountingDate()).isEqualTo(DAY.plusDays(2));
        assertThat(applied.source().type()).isEqualTo("PAYMENT");
    }

    @Test
    void anApplicationTakenBackMovesTheAmountBackFromArControlToUnappliedCash() {
        JournalEntryPosted entry = post(new PaymentUnapplied(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR", 1,
                INVOICE, "INV-1", money("400.00"), DAY.plusDays(5), "wrong invoice", money("400.00"),
                money("400.00"), null, null));
        assertThat(lines(entry)).containsExactly("1100 DEBIT 400.00 " + INVOICE, "2100 CREDIT 400.00");
        assertThat(entry.accountingDate()).isEqualTo(DAY.plusDays(5));
    }

    @Test
    void aDiscountTakesItsTaxableShareToCashDiscountsAndItsTaxShareOffOutputVatPerRate() {
        List<TaxSubtotal> shares = List.of(tax("19", "20.00", "3.80"), tax("7", "2.00", "0.14"));
        JournalEntryPosted entry = post(new DiscountGranted(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                INVOICE, "INV-1", money("25.94"), DAY, shares, money("0.00"), null));
        assertThat(lines(entry)).containsExactly("4900 DEBIT 20.00", "2490 DEBIT 3.80", "4900 DEBIT 2.00",
                "2370 DEBIT 0.14", "1100 CREDIT 25.94 " + INVOICE);
        assertThat(entry.description()).isEqualTo("Early-payment discount on invoice INV-1");
    }

    @Test
    void aRefundTakesTheMoneyFromUnappliedCashOrCreditBalancesOutOfTheBank() {
        UUID refund = UUID.randomUUID();
        JournalEntryPosted cash = post(new RefundIssued(UUID.randomUUID(), refund, CUSTOMER, "DE01", "EUR",
                RefundIssued.UNAPPLIED_CASH, PAYMENT, money("105.00"), DAY, "DE89…3000", "overpaid", "mia", "max",
                money("0.00"), null));
        assertThat(lines(cash)).containsExactly("2100 DEBIT 105.00", "1200 CREDIT 105.00");
        assertThat(cash.source().type()).isEqualTo("REFUND");
        JournalEntryPosted fromCredit = post(new RefundIssued(UUID.randomUUID(), refund, CUSTOMER, "DE01", "EUR",
                RefundIssued.CREDIT_BALANCE, null, money("30.00"), DAY, "DE89…3000", "credit note", "mia", null,
                null, null));
        assertThat(lines(fromCredit)).containsExactly("2110 DEBIT 30.00", "1200 CREDIT 30.00");
        JournalEntryPosted applied = post(new CreditBalanceApplied(UUID.randomUUID(), CUSTOMER, "DE01", "EUR",
                INVOICE, "INV-2", money("30.00"), DAY, money("20.00"), null));
        assertThat(lines(applied)).containsExactly("2110 DEBIT 30.00", "1100 CREDIT 30.00 " + INVOICE);
    }

    @Test
    void aWriteOffIsBadDebtAndTakingBackItsApplicationReversesIt() {
        JournalEntryPosted writeOff = post(new ItemWrittenOff(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                INVOICE, "INV-1", money("0.80"), DAY, "short payment", money("0.00"), null));
        assertThat(lines(writeOff)).containsExactly("6800 DEBIT 0.80", "1100 CREDIT 0.80 " + INVOICE);
        JournalEntryPosted takenBack = post(new PaymentUnapplied(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01",
                "EUR", 1, INVOICE, "INV-1", money("99.20"), DAY.plusDays(1), "wrong customer", money("100.00"),
                money("99.20"), null, new SettledRest(SettledRest.WRITE_OFF, money("0.80"), List.of())));
        assertThat(lines(takenBack)).containsExactly("1100 DEBIT 99.20 " + INVOICE, "2100 CREDIT 99.20",
                "1100 DEBIT 0.80 " + INVOICE, "6800 CREDIT 0.80");
    }

    @Test
    void aReturnedPaymentReopensWhatItSettledAndTakesItsRestFromUnappliedCash() {
        UUID other = UUID.randomUUID();
        JournalEntryPosted entry = post(new PaymentReturned(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY, "account closed", List.of(new ReopenedItem(INVOICE, "INV-1", money("300.00"),
                money("300.00")), new ReopenedItem(other, "INV-2", money("150.00"), money("150.00"))),
                money("50.00"), null, null));
        assertThat(lines(entry)).containsExactly("1100 DEBIT 300.00 " + INVOICE, "1100 DEBIT 150.00 " + other,
                "2100 DEBIT 50.00", "1200 CREDIT 500.00");
    }

    @Test
    void aPaymentFromABankAccountPostsToItsClearingAccountTheChartsOwnMappingForItFromItsDateOn() {
        UUID bank = UUID.randomUUID();
        BankAccountRef registeredWith1210 = new BankAccountRef(bank, "1210");
        PaymentReceived received = new PaymentReceived(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY, "INV-1", null, registeredWith1210);
        ChartOfAccounts chart = new ChartOfAccounts(List.of(
                new ChartMapping(AccountRole.BANK_CLEARING, null, "1290", "All banks", DAY.minusYears(1), "ines",
                        java.time.Instant.EPOCH),
                new ChartMapping(AccountRole.BANK_CLEARING, bank.toString(), "1220", "Bank clearing Commerzbank",
                        DAY.plusDays(1), "ines", java.time.Instant.EPOCH)));
        // the registered account is more particular than a change of the role as a whole
        JournalEntryPosted entry = post(received, chart);
        assertThat(lines(entry)).containsExactly("1210 DEBIT 500.00", "2100 CREDIT 500.00");
        assertThat(entry.lines()).extracting(JournalLine::bankAccountId).containsExactly(bank, null);
        // from the day the chart maps this bank account on, its own mapping
        PaymentReturned returned = new PaymentReturned(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY.plusDays(1), "MD06", List.of(), money("500.00"), null, registeredWith1210);
        JournalEntryPosted back = post(returned, chart);
        assertThat(lines(back)).containsExactly("2100 DEBIT 500.00", "1220 CREDIT 500.00");
        assertThat(back.lines()).extracting(JournalLine::bankAccountId).containsExactly(null, bank);
        // a payment keyed without its bank account: the role's account, and no bank account on the line
        JournalEntryPosted keyed = post(new PaymentReceived(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY, "INV-1", null, null), chart);
        assertThat(lines(keyed)).containsExactly("1290 DEBIT 500.00", "2100 CREDIT 500.00");
        assertThat(keyed.lines()).extracting(JournalLine::bankAccountId).containsOnlyNulls();
    }

    @Test
    void aSupplierInvoiceIsExpenseAndInputVatOwedToTheSupplierAndItsPaymentClearsIt() {
        UUID supplierInvoice = UUID.randomUUID();
        JournalEntryPosted registered = post(new SupplierInvoiceRegistered(supplierInvoice, SUPPLIER, "RE-7", "DE01",
                "EUR", DAY, DAY.plusDays(30), money("100.00"), money("19.00"), money("119.00"), "paul"));
        assertThat(lines(registered)).containsExactly("6000 DEBIT 100.00", "1400 DEBIT 19.00",
                "2000 CREDIT 119.00 " + supplierInvoice);
        assertThat(registered.supplierId()).isEqualTo(SUPPLIER);
        JournalEntryPosted paid = post(new SupplierPaymentMade(UUID.randomUUID(), SUPPLIER, "DE01", "EUR", DAY,
                money("119.00"), List.of(new SupplierPaymentItem(supplierInvoice, "RE-7", money("119.00"),
                money("0.00")))));
        assertThat(lines(paid)).containsExactly("2000 DEBIT 119.00 " + supplierInvoice, "1200 CREDIT 119.00");
    }

    @Test
    void eventsThatMoveNothingTheLedgerKeepsAreNotPosted() {
        assertThat(PostingRules.postingOf(new CustomerRegistered(CUSTOMER, "Acme", "DE01", "EUR", 30))).isEmpty();
        assertThat(PostingRules.postingOf(new SupplierInvoiceApproved(UUID.randomUUID(), SUPPLIER, "RE-7", "DE01",
                "EUR", money("119.00"), "anna"))).isEmpty();
        assertThat(PostingRules.postedTypes()).hasSize(13)
                .contains(PaymentUnapplied.class, DiscountGranted.class, ItemWrittenOff.class)
                .doesNotContain(DeductionRaised.class);
    }

    @Test
    void theEntryIdComesFromTheEventIdSoThatAReplayPostsTheSameEntry() {
        assertThat(JournalEntryId.postingOf("e-1")).isEqualTo(JournalEntryId.postingOf("e-1"))
                .isNotEqualTo(JournalEntryId.postingOf("e-2"));
    }

    @Test
    void aDocumentDatedInAClosedPeriodCountsOnTheFirstDayOfTheNextOpenOne() {
        ClosedBooks closed = new ClosedBooks(Map.of("DE01", YearMonth.of(2026, 11)));
        assertThat(closed.accountingDate("DE01", LocalDate.of(2026, 10, 20))).isEqualTo(LocalDate.of(2026, 12, 1));
        // the books are closed up to November: an earlier month never closed itself is closed too
        assertThat(closed.accountingDate("DE01", LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(closed.accountingDate("DE01", LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(closed.accountingDate("FR01", LocalDate.of(2026, 10, 20))).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void theChartNamesTheAccountsFromTheDateItChanges() {
        ChartOfAccounts chart = new ChartOfAccounts(List.of(
                new ChartMapping(AccountRole.REVENUE, "19", "8400", "Erlöse 19%", DAY, "maria",
                        java.time.Instant.now()),
                new ChartMapping(AccountRole.REVENUE, null, "8000", "Erlöse", DAY.plusDays(10), "maria",
                        java.time.Instant.now())));
        assertThat(chart.account(AccountRole.REVENUE, "19.00", DAY.minusDays(1)).number()).isEqualTo("4190");
        assertThat(chart.account(AccountRole.REVENUE, "19.00", DAY).number()).isEqualTo("8400");
        assertThat(chart.account(AccountRole.REVENUE, "7", DAY).number()).isEqualTo("4070");
        assertThat(chart.account(AccountRole.REVENUE, "7", DAY.plusDays(10)).number()).isEqualTo("8000");
        assertThat(chart.account(AccountRole.REVENUE, "5.5", DAY).number()).isEqualTo("4055");
        assertThat(chart.account(AccountRole.REVENUE, "8.25", DAY).number()).isEqualTo("4000");
        // rates under 60 % get an account of their own, from 60 % on the base account
        assertThat(ChartOfAccounts.defaults().account(AccountRole.OUTPUT_VAT, "59.9", DAY).number()).isEqualTo("2899");
        assertThat(ChartOfAccounts.defaults().account(AccountRole.OUTPUT_VAT, "60", DAY).number()).isEqualTo("2300");
    }

    @Test
    void anEntryThatDoesNotBalanceIsNotPosted() {
        JournalEntryPosted entry = post(new PaymentReceived(UUID.randomUUID(), PAYMENT, CUSTOMER, "DE01", "EUR",
                money("500.00"), DAY, "x", null, null));
        JournalEntryPosted broken = new JournalEntryPosted(entry.entryId(), "DE01", "EUR", DAY, DAY,
                entry.sourceEventType(), entry.sourceEventId(), entry.occurredAt(), entry.source(), CUSTOMER, null,
                "broken",
                List.of(entry.lines().get(0),
                        new JournalLine(2, "2100", JournalLine.CREDIT, money("499.99"), null, null)));
        assertThatThrownBy(() -> new JournalEntry(new PostJournalEntry(new JournalEntryId(entry.entryId()), broken)))
                .hasMessageContaining("does not balance");
    }

    private static CreditNoteApplied creditNoteApplied(String excess) {
        return new CreditNoteApplied(UUID.randomUUID(), CUSTOMER, "DE01", "EUR", UUID.randomUUID(), "CN-2", INVOICE,
                "INV-1", DAY, money("119.00"), money("119.00").subtract(money(excess)), money(excess),
                money("0.00"), null);
    }

    static JournalEntryPosted post(PublishedEvent event) {
        return post(event, ChartOfAccounts.defaults());
    }

    private static JournalEntryPosted post(PublishedEvent event, ChartOfAccounts chart) {
        return PostingRules.postingOf(event).map(p -> p.entry("X.v1", UUID.randomUUID().toString(),
                java.time.Instant.now(), chart, p.documentDate())).orElse(null);
    }

    private static List<String> lines(JournalEntryPosted entry) {
        if (entry == null) {
            return List.of();
        }
        return entry.lines().stream().map(l -> l.account() + " " + l.side() + " " + l.amount().toPlainString()
                + (l.openItemId() == null ? "" : " " + l.openItemId())).toList();
    }

    private static InvoiceLine line(String net, String rate) {
        return new InvoiceLine(1, "Goods", BigDecimal.ONE, money(net), money(net), new BigDecimal(rate));
    }

    private static TaxSubtotal tax(String rate, String taxable, String tax) {
        return new TaxSubtotal(new BigDecimal(rate), money(taxable), money(tax));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
