package org.o2c.payments.receivable;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.RefundRejected;
import org.o2c.events.payments.RefundRequested;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.payments.SettledRest;
import org.o2c.runtime.control.FourEyes;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * A customer's receivables in one currency: the only writer of open amounts. Invoices, credit notes, payments,
 * applications and returns pass through it one at a time, so an invoice can never be credited or paid twice or
 * beyond what is open, however many requests arrive at once (a conflicting request is retried on the new state).
 * Every event carries the account's totals after it.
 */
public class ReceivableAccount {
    @AggregateIdentifier
    private AccountId accountId;
    private UUID customerId;
    private String legalEntity;
    private Currency currency;
    private final Map<UUID, OpenItem> items = new LinkedHashMap<>();
    private final Set<UUID> creditNotes = new HashSet<>();
    private final Map<UUID, ReceivedPayment> payments = new HashMap<>();
    private Money openItems;
    private Money unappliedCash;
    private Money creditBalance;
    /** Refunds by id: those waiting for a second person, and the ids of those decided. */
    private final Map<UUID, RefundRequested> pendingRefunds = new HashMap<>();
    private final Set<UUID> decidedRefunds = new HashSet<>();
    /** What one person alone refunded from this account in {@link #soloMonth}. */
    private YearMonth soloMonth;
    private BigDecimal soloRefunded = BigDecimal.ZERO;

    protected ReceivableAccount() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordOpenItem command) {
        if (items.containsKey(command.invoiceId().value())) {
            return; // an invoice delivered again takes effect once
        }
        Currency in = command.currency();
        Money gross = money(command.grossAmount(), in, "grossAmount");
        if (gross.isNegative()) {
            throw new BusinessRuleViolation("grossAmount", "not-negative", "an invoice's gross amount is not negative");
        }
        apply(new OpenItemRecorded(command.accountId().value(), command.customerId().value(), command.legalEntity(),
                in.getCurrencyCode(), command.invoiceId().value(), command.invoiceNumber(), command.issueDate(),
                command.dueDate(), gross.amount(), gross.amount(), totalsAfter(in, gross, zero(in), zero(in)),
                command.earlyPaymentDiscount()));
        if (gross.amount().signum() == 0) {
            // nothing to collect: settled the day it was issued
            apply(new InvoiceSettled(accountId.value(), customerId, legalEntity, currency.getCurrencyCode(),
                    command.invoiceId().value(), command.invoiceNumber(), command.issueDate()));
        }
    }

    @CommandHandler
    public void handle(ApplyCreditNote command) {
        if (creditNotes.contains(command.creditNoteId())) {
            return; // a credit note delivered again takes effect once
        }
        OpenItem item = items.get(command.invoiceId().value());
        if (item == null) {
            throw new BusinessRuleViolation("invoiceId", "open-item",
                    "invoice " + command.invoiceId() + " is not an item of account " + accountId);
        }
        Money amount = money(command.amount(), currency, "amount");
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "a credit note's amount must be greater than 0");
        }
        Money applied = amount.compareTo(item.open) <= 0 ? amount : item.open;
        Money excess = amount.minus(applied);
        Money openAfter = item.open.minus(applied);
        apply(new CreditNoteApplied(accountId.value(), customerId, legalEntity, currency.getCurrencyCode(),
                command.creditNoteId(), command.creditNoteNumber(), item.invoiceId, item.invoiceNumber,
                command.issueDate(), amount.amount(), applied.amount(), excess.amount(), openAfter.amount(),
                totalsAfter(currency, negate(applied), zero(currency), excess)));
        settledIfClosed(item, applied, command.issueDate());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceivePayment command) {
        UUID paymentId = command.paymentId().value();
        if (payments.containsKey(paymentId)) {
            throw new BusinessRuleViolation("paymentId", "unique", "payment " + paymentId + " was already received");
        }
        Currency in = command.currency();
        if (currency != null && !currency.equals(in)) {
            throw new BusinessRuleViolation("currency", "account-currency",
                    "account " + accountId + " is kept in " + currency);
        }
        Money amount = money(command.amount(), in, "amount");
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        apply(new PaymentReceived(command.accountId().value(), paymentId, command.customerId().value(),
                command.legalEntity(), in.getCurrencyCode(), amount.amount(), command.valueDate(),
                command.payerReference(), totalsAfter(in, zero(in), amount, zero(in)), command.bankAccount()));

        ReceivedPayment payment = payments.get(paymentId);
        if (command.allocations() != null) {
            if (!command.allocations().isEmpty()) {
                allocate(payment, command.allocations(), command.valueDate(), true);
            }
            return;
        }
        List<OpenItem> named = namedOpenItems(command.payerReference());
        Money namedTotal = named.stream().map(i -> i.open).reduce(zero(in), Money::plus);
        if (named.isEmpty() || namedTotal.compareTo(amount) > 0) {
            return; // a payment that does not cover every invoice it names is left for a clerk to apply
        }
        for (OpenItem item : named) {
            applyTo(payment, item, item.open, command.valueDate(), true);
        }
    }

    @CommandHandler
    public void handle(AllocatePayment command) {
        ReceivedPayment payment = paymentOf(command.paymentId());
        if (payment.returned) {
            throw new BusinessRuleViolation("paymentId", "payment-returned",
                    "payment " + payment.paymentId + " was returned and cannot be applied");
        }
        allocate(payment, command.allocations(), command.appliedOn(), false);
    }

    /** Applies parts of a payment to open items of this account, all or nothing, each checked. */
    private void allocate(ReceivedPayment payment, List<Allocation> allocations, LocalDate on, boolean automatic) {
        if (allocations == null || allocations.isEmpty()) {
            throw new BusinessRuleViolation("allocations", "required", "at least one allocation is needed");
        }
        Set<UUID> seen = new HashSet<>();
        List<OpenItem> targets = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        Money total = zero(currency);
        for (int i = 0; i < allocations.size(); i++) {
            Allocation allocation = allocations.get(i);
            String at = "allocations[" + i + "]";
            UUID invoiceId = allocation.invoiceId().value();
            if (!seen.add(invoiceId)) {
                throw new BusinessRuleViolation(at + ".invoiceId", "distinct",
                        "invoice " + invoiceId + " appears more than once in this request");
            }
            OpenItem item = items.get(invoiceId);
            if (item == null) {
                throw new BusinessRuleViolation(at + ".invoiceId", "same-account",
                        "invoice " + invoiceId + " is not an open item of this payment's account");
            }
            Money amount = money(allocation.amount(), currency, at + ".amount");
            if (amount.amount().signum() <= 0) {
                throw new BusinessRuleViolation(at + ".amount", "positive", "must be greater than 0");
            }
            if (amount.compareTo(item.open) > 0) {
                throw new BusinessRuleViolation(at + ".amount", "not-above-open-amount",
                        amount + " is more than the " + item.open + " still open on " + item.invoiceNumber);
            }
            if (allocation.rest() != null) {
                checkRest(payment, item, item.open.minus(amount), allocation.rest(), at + ".rest");
            }
            targets.add(item);
            amounts.add(amount);
            total = total.plus(amount);
        }
        if (total.compareTo(payment.unapplied) > 0) {
            throw new BusinessRuleViolation("allocations", "not-above-unapplied",
                    "together " + total + " is more than the payment's unapplied " + payment.unapplied);
        }
        for (int i = 0; i < targets.size(); i++) {
            applyTo(payment, targets.get(i), amounts.get(i), allocations.get(i).rest(), on, automatic);
        }
    }

    /**
     * Whether the rest an allocation leaves on an invoice may be settled so: there is a rest; a discount is the one
     * the invoice offers, to the cent, for a payment with a value date by its pay-by date; a write-off lies within
     * the tolerance (amount, and percent of what was open on the invoice before the payment).
     */
    private void checkRest(ReceivedPayment payment, OpenItem item, Money rest, RestOfItem how, String field) {
        if (rest.amount().signum() <= 0) {
            throw new BusinessRuleViolation(field, "rest-left",
                    "the allocation pays all that is open on " + item.invoiceNumber + "; there is no rest to settle");
        }
        switch (how.how()) {
            case DISCOUNT -> {
                if (item.discount == null) {
                    throw new BusinessRuleViolation(field, "discount-offered",
                            "invoice " + item.invoiceNumber + " offers no early-payment discount");
                }
                if (payment.valueDate.isAfter(item.discount.payBy())) {
                    throw new BusinessRuleViolation(field, "discount-in-time", "the payment's value date "
                            + payment.valueDate + " is after the discount's pay-by date " + item.discount.payBy());
                }
                if (rest.amount().compareTo(item.discount.amount()) != 0) {
                    throw new BusinessRuleViolation(field, "discount-amount", "the rest " + rest
                            + " is not the discount of " + item.discount.amount() + " the invoice offers");
                }
            }
            case WRITE_OFF -> {
                BigDecimal limit = how.tolerance().limitFor(item.open.amount());
                if (rest.amount().compareTo(limit) > 0) {
                    throw new BusinessRuleViolation(field, "within-write-off-tolerance", "the rest " + rest
                            + " is more than the " + limit.setScale(rest.amount().scale(), java.math.RoundingMode.DOWN)
                            + " that may be written off on " + item.invoiceNumber);
                }
            }
            case DEDUCTION -> {
                // any rest may be kept open as a deduction
            }
        }
    }

    @CommandHandler
    public void handle(ReturnPayment command) {
        ReceivedPayment payment = paymentOf(command.paymentId());
        if (payment.returned) {
            throw new BusinessRuleViolation("paymentId", "already-returned",
                    "payment " + payment.paymentId + " was already returned");
        }
        if (payment.refunded) {
            throw new BusinessRuleViolation("paymentId", "payment-refunded", "part of payment " + payment.paymentId
                    + " was refunded to the customer; its return by the bank is settled by a clerk");
        }
        if (command.returnedOn().isBefore(payment.valueDate)) {
            throw new BusinessRuleViolation("returnedOn", "not-before-value-date",
                    "a payment cannot be returned before its value date " + payment.valueDate);
        }
        if (payment.lastAppliedOn != null && command.returnedOn().isBefore(payment.lastAppliedOn)) {
            throw new BusinessRuleViolation("returnedOn", "not-before-application", "the payment was applied on "
                    + payment.lastAppliedOn + "; a return dated before would reopen invoices for days they were "
                    + "still paid");
        }
        List<ReopenedItem> reopened = new ArrayList<>();
        Money reopenedTotal = zero(currency);
        for (Map.Entry<UUID, Money> applied : payment.applied.entrySet()) {
            if (applied.getValue().amount().signum() == 0) {
                continue;
            }
            OpenItem item = items.get(applied.getKey());
            SettledRest rest = payment.applications.stream()
                    .filter(a -> !a.reversed && a.rest != null && a.invoiceId.equals(item.invoiceId))
                    .map(a -> a.rest).findFirst().orElse(null);
            Money restAmount = rest == null ? zero(currency) : Money.of(rest.amount(), currency);
            reopened.add(new ReopenedItem(item.invoiceId, item.invoiceNumber, applied.getValue().amount(),
                    item.open.plus(applied.getValue()).plus(restAmount).amount(), rest));
            reopenedTotal = reopenedTotal.plus(applied.getValue()).plus(restAmount);
        }
        apply(new PaymentReturned(accountId.value(), payment.paymentId, customerId, legalEntity,
                currency.getCurrencyCode(), payment.amount.amount(), command.returnedOn(), command.reason(),
                List.copyOf(reopened), payment.unapplied.amount(),
                totalsAfter(currency, reopenedTotal, negate(payment.unapplied), zero(currency)), payment.bankAccount));
    }

    @CommandHandler
    public void handle(UnapplyPayment command) {
        ReceivedPayment payment = paymentOf(command.paymentId());
        if (payment.returned) {
            throw new BusinessRuleViolation("paymentId", "payment-returned",
                    "payment " + payment.paymentId + " was returned: its applications were reversed with it");
        }
        int n = command.allocation();
        if (n < 1 || n > payment.applications.size()) {
            throw ProblemException.field(ProblemType.NOT_FOUND, "allocation", "exists", "payment "
                    + payment.paymentId + " has " + payment.applications.size() + " application"
                    + (payment.applications.size() == 1 ? "" : "s"));
        }
        ReceivedPayment.Application application = payment.applications.get(n - 1);
        if (application.reversed) {
            throw ProblemException.field(ProblemType.CONFLICT, "allocation", "not-yet-reversed",
                    "application " + n + " of payment " + payment.paymentId + " was already taken back");
        }
        LocalDate on = latest(command.unappliedOn(), application.appliedOn);
        OpenItem item = items.get(application.invoiceId);
        Money amount = application.amount;
        // a discount or write-off that completed the application goes with it: no payment is behind it any more
        Money reopens = application.rest == null ? amount : amount.plus(Money.of(application.rest.amount(), currency));
        apply(new PaymentUnapplied(accountId.value(), payment.paymentId, customerId, legalEntity,
                currency.getCurrencyCode(), n, item.invoiceId, item.invoiceNumber, amount.amount(), on,
                command.reason(), item.open.plus(reopens).amount(), payment.unapplied.plus(amount).amount(),
                totalsAfter(currency, reopens, amount, zero(currency)), application.rest));
    }

    @CommandHandler
    public void handle(ApplyCreditBalance command) {
        OpenItem item = items.get(command.invoiceId().value());
        if (item == null) {
            throw new BusinessRuleViolation("invoiceId", "same-account",
                    "invoice " + command.invoiceId() + " is not an item of this account");
        }
        Money amount = money(command.amount(), currency, "amount");
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        if (amount.compareTo(item.open) > 0) {
            throw new BusinessRuleViolation("amount", "not-above-open-amount",
                    amount + " is more than the " + item.open + " still open on " + item.invoiceNumber);
        }
        if (amount.compareTo(creditBalance) > 0) {
            throw new BusinessRuleViolation("amount", "not-above-credit-balance",
                    amount + " is more than the account's credit balance of " + creditBalance);
        }
        LocalDate on = latest(command.appliedOn(), item.issueDate);
        apply(new CreditBalanceApplied(accountId.value(), customerId, legalEntity, currency.getCurrencyCode(),
                item.invoiceId, item.invoiceNumber, amount.amount(), on, item.open.minus(amount).amount(),
                totalsAfter(currency, negate(amount), zero(currency), negate(amount))));
        settledIfClosed(item, amount, on);
    }

    @CommandHandler
    public void handle(RequestRefund command) {
        if (pendingRefunds.containsKey(command.refundId()) || decidedRefunds.contains(command.refundId())) {
            return; // the same request again takes effect once
        }
        Money amount = money(command.amount(), currency, "amount");
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        ReceivedPayment payment = command.paymentId() == null ? null : paymentOf(command.paymentId());
        refundable(payment, amount);
        String source = payment == null ? RefundIssued.CREDIT_BALANCE : RefundIssued.UNAPPLIED_CASH;
        UUID paymentId = payment == null ? null : payment.paymentId;
        YearMonth month = YearMonth.from(command.requestedOn());
        BigDecimal soloBefore = month.equals(soloMonth) ? soloRefunded : BigDecimal.ZERO;
        // measured with what this account already refunded alone this month: a refund split in parts needs the
        // second person as the whole would
        if (new FourEyes(command.approvalThreshold()).needsSecondPerson(soloBefore.add(amount.amount()), null)) {
            apply(new RefundRequested(accountId.value(), command.refundId(), customerId, legalEntity,
                    currency.getCurrencyCode(), source, paymentId, amount.amount(), command.payee(), command.reason(),
                    command.requestedBy(), command.requestedOn()));
            return;
        }
        issueRefund(command.refundId(), source, payment, amount, command.requestedOn(), command.payee(),
                command.reason(), command.requestedBy(), null);
    }

    @CommandHandler
    public void handle(DecideRefund command) {
        RefundRequested pending = pendingRefunds.get(command.refundId());
        if (pending == null) {
            throw ProblemException.field(ProblemType.CONFLICT, "refundId", "awaiting-approval", "refund "
                    + command.refundId() + " is not waiting for a decision");
        }
        if (!command.approve()) {
            apply(new RefundRejected(accountId.value(), command.refundId(), customerId, legalEntity,
                    command.decidedBy(), command.reason()));
            return;
        }
        if (FourEyes.samePerson(pending.requestedBy(), command.decidedBy())) {
            throw new BusinessRuleViolation("approvedBy", "four-eyes",
                    "the user who asked for a refund cannot approve it; another manager must");
        }
        ReceivedPayment payment = pending.paymentId() == null ? null : payments.get(pending.paymentId());
        Money amount = Money.of(pending.amount(), currency);
        refundable(payment, amount);
        issueRefund(command.refundId(), pending.source(), payment, amount,
                latest(command.decidedOn(), pending.requestedOn()), pending.payee(), pending.reason(),
                pending.requestedBy(), command.decidedBy());
    }

    /** Whether the money is there: the payment's unapplied cash, or the account's credit balance. */
    private void refundable(ReceivedPayment payment, Money amount) {
        if (payment != null) {
            if (payment.returned) {
                throw new BusinessRuleViolation("paymentId", "payment-returned",
                        "payment " + payment.paymentId + " was returned: there is nothing of it to refund");
            }
            if (amount.compareTo(payment.unapplied) > 0) {
                throw new BusinessRuleViolation("amount", "not-above-unapplied",
                        amount + " is more than the payment's unapplied " + payment.unapplied);
            }
        } else if (amount.compareTo(creditBalance == null ? zero(currency) : creditBalance) > 0) {
            throw new BusinessRuleViolation("amount", "not-above-credit-balance", amount
                    + " is more than the account's credit balance of "
                    + (creditBalance == null ? zero(currency) : creditBalance));
        }
    }

    private void issueRefund(UUID refundId, String source, ReceivedPayment payment, Money amount, LocalDate on,
                             String payee, String reason, String requestedBy, String approvedBy) {
        boolean cash = payment != null;
        apply(new RefundIssued(accountId.value(), refundId, customerId, legalEntity, currency.getCurrencyCode(),
                source, cash ? payment.paymentId : null, amount.amount(), cash ? latest(on, payment.valueDate) : on,
                payee, reason, requestedBy, approvedBy, cash ? payment.unapplied.minus(amount).amount() : null,
                totalsAfter(currency, zero(currency), cash ? negate(amount) : zero(currency),
                        cash ? zero(currency) : negate(amount))));
    }

    /**
     * Applies an amount of a payment to an invoice, dated {@code on} but never before the payment's value date or
     * the invoice's issue date: a movement is never dated before what it changes.
     */
    private void applyTo(ReceivedPayment payment, OpenItem item, Money amount, LocalDate requested, boolean automatic) {
        applyTo(payment, item, amount, null, requested, automatic);
    }

    /** The same, and what it leaves open on the invoice settled as {@code rest} says (already checked). */
    private void applyTo(ReceivedPayment payment, OpenItem item, Money amount, RestOfItem rest, LocalDate requested,
                         boolean automatic) {
        LocalDate on = latest(latest(requested, payment.valueDate), item.issueDate);
        Money openAfter = item.open.minus(amount);
        Money unappliedAfter = payment.unapplied.minus(amount);
        apply(new PaymentApplied(accountId.value(), payment.paymentId, customerId, legalEntity,
                currency.getCurrencyCode(), item.invoiceId, item.invoiceNumber, amount.amount(), on, automatic,
                openAfter.amount(), unappliedAfter.amount(),
                totalsAfter(currency, negate(amount), negate(amount), zero(currency))));
        Money reduced = amount;
        if (rest != null) {
            Money left = item.open;
            String code = currency.getCurrencyCode();
            switch (rest.how()) {
                case DISCOUNT -> apply(new DiscountGranted(accountId.value(), payment.paymentId, customerId,
                        legalEntity, code, item.invoiceId, item.invoiceNumber, left.amount(), on,
                        item.discount.shares(), zero(currency).amount(),
                        totalsAfter(currency, negate(left), zero(currency), zero(currency))));
                case WRITE_OFF -> apply(new ItemWrittenOff(accountId.value(), payment.paymentId, customerId,
                        legalEntity, code, item.invoiceId, item.invoiceNumber, left.amount(), on, rest.reason(),
                        zero(currency).amount(), totalsAfter(currency, negate(left), zero(currency), zero(currency))));
                case DEDUCTION -> apply(new DeductionRaised(accountId.value(), deductionId(payment, item),
                        payment.paymentId, customerId, legalEntity, code, item.invoiceId, item.invoiceNumber,
                        left.amount(), on, "SHORT_PAYMENT", rest.reason(), left.amount(),
                        totalsAfter(currency, zero(currency), zero(currency), zero(currency))));
            }
            if (rest.how() != RestOfItem.How.DEDUCTION) {
                reduced = reduced.plus(left);
            }
        }
        settledIfClosed(item, reduced, on);
    }

    /** The same payment and invoice always give the same deduction. */
    private static UUID deductionId(ReceivedPayment payment, OpenItem item) {
        return UUID.nameUUIDFromBytes(("deduction:" + payment.paymentId + ":" + item.invoiceId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** InvoiceSettled when this change took the last of the open amount. */
    private void settledIfClosed(OpenItem item, Money reducedBy, LocalDate on) {
        if (!item.isOpen() && reducedBy.amount().signum() > 0) {
            apply(new InvoiceSettled(accountId.value(), customerId, legalEntity, currency.getCurrencyCode(),
                    item.invoiceId, item.invoiceNumber, on));
        }
    }

    /** The account's open items whose numbers the reference names, in the order named. */
    private List<OpenItem> namedOpenItems(String reference) {
        List<String> candidates = PayerReference.candidates(reference);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, OpenItem> byNumber = new HashMap<>();
        items.values().stream().filter(OpenItem::isOpen)
                .forEach(i -> byNumber.put(i.invoiceNumber.toUpperCase(java.util.Locale.ROOT), i));
        return candidates.stream().map(byNumber::get).filter(java.util.Objects::nonNull).toList();
    }

    private ReceivedPayment paymentOf(PaymentId paymentId) {
        ReceivedPayment payment = payments.get(paymentId.value());
        if (payment == null) {
            throw ProblemException.field(ProblemType.NOT_FOUND, "paymentId", "exists",
                    "no payment " + paymentId + " on account " + accountId);
        }
        return payment;
    }

    private AccountTotals totalsAfter(Currency in, Money openDelta, Money unappliedDelta, Money creditDelta) {
        Money open = (openItems == null ? zero(in) : openItems).plus(openDelta);
        Money unapplied = (unappliedCash == null ? zero(in) : unappliedCash).plus(unappliedDelta);
        Money credit = (creditBalance == null ? zero(in) : creditBalance).plus(creditDelta);
        return new AccountTotals(open.amount(), unapplied.amount(), credit.amount(),
                open.minus(unapplied).minus(credit).amount());
    }

    /** An amount in the account's currency; more decimals than the currency has are refused, never rounded. */
    private static Money money(BigDecimal amount, Currency in, String field) {
        if (amount == null) {
            throw new BusinessRuleViolation(field, "required", "an amount is required");
        }
        return Money.exact(field, amount, in);
    }

    private static Money zero(Currency in) {
        return Money.zero(in);
    }

    private static Money negate(Money money) {
        return Money.of(money.amount().negate(), money.currency());
    }

    private void totals(AccountTotals totals) {
        openItems = Money.of(totals.openItems(), currency);
        unappliedCash = Money.of(totals.unappliedCash(), currency);
        creditBalance = Money.of(totals.creditBalance(), currency);
    }

    private void identify(UUID account, UUID customer, String entity, String currencyCode) {
        if (accountId == null) {
            accountId = new AccountId(account);
            customerId = customer;
            legalEntity = entity;
            currency = Currency.getInstance(currencyCode);
        }
    }

    @EventSourcingHandler
    void on(OpenItemRecorded event) {
        identify(event.accountId(), event.customerId(), event.legalEntity(), event.currency());
        items.put(event.invoiceId(), new OpenItem(event.invoiceId(), event.invoiceNumber(), event.issueDate(),
                event.dueDate(), Money.of(event.grossAmount(), currency), event.earlyPaymentDiscount(),
                Money.of(event.openAmount(), currency)));
        totals(event.account());
    }

    @EventSourcingHandler
    void on(CreditNoteApplied event) {
        creditNotes.add(event.creditNoteId());
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        totals(event.account());
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        identify(event.accountId(), event.customerId(), event.legalEntity(), event.currency());
        payments.put(event.paymentId(), new ReceivedPayment(event.paymentId(), Money.of(event.amount(), currency),
                event.valueDate(), event.bankAccount()));
        totals(event.account());
    }

    @EventSourcingHandler
    void on(PaymentApplied event) {
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        ReceivedPayment payment = payments.get(event.paymentId());
        payment.unapplied = Money.of(event.paymentUnappliedAmount(), currency);
        payment.applied.merge(event.invoiceId(), Money.of(event.amount(), currency), Money::plus);
        payment.applications.add(new ReceivedPayment.Application(event.invoiceId(), Money.of(event.amount(), currency),
                event.appliedOn()));
        payment.lastAppliedOn = event.appliedOn();
        totals(event.account());
    }

    @EventSourcingHandler
    void on(CreditBalanceApplied event) {
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        totals(event.account());
    }

    @EventSourcingHandler
    void on(RefundRequested event) {
        pendingRefunds.put(event.refundId(), event);
    }

    @EventSourcingHandler
    void on(RefundRejected event) {
        pendingRefunds.remove(event.refundId());
        decidedRefunds.add(event.refundId());
    }

    @EventSourcingHandler
    void on(RefundIssued event) {
        pendingRefunds.remove(event.refundId());
        decidedRefunds.add(event.refundId());
        if (event.paymentId() != null) {
            ReceivedPayment payment = payments.get(event.paymentId());
            payment.unapplied = Money.of(event.paymentUnappliedAmount(), currency);
            payment.refunded = true;
        }
        if (event.approvedBy() == null) {
            YearMonth month = YearMonth.from(event.issuedOn());
            soloRefunded = (month.equals(soloMonth) ? soloRefunded : BigDecimal.ZERO).add(event.amount());
            soloMonth = month;
        }
        totals(event.account());
    }

    @EventSourcingHandler
    void on(DiscountGranted event) {
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        completed(event.paymentId(), new SettledRest(SettledRest.DISCOUNT, event.amount(), event.shares()));
        totals(event.account());
    }

    @EventSourcingHandler
    void on(ItemWrittenOff event) {
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        completed(event.paymentId(), new SettledRest(SettledRest.WRITE_OFF, event.amount(), List.of()));
        totals(event.account());
    }

    /** A discount or write-off completes the payment's application just made. */
    private void completed(UUID paymentId, SettledRest rest) {
        List<ReceivedPayment.Application> applications = payments.get(paymentId).applications;
        applications.get(applications.size() - 1).rest = rest;
    }

    @EventSourcingHandler
    void on(PaymentUnapplied event) {
        ReceivedPayment payment = payments.get(event.paymentId());
        ReceivedPayment.Application application = payment.applications.get(event.allocation() - 1);
        application.reversed = true;
        // a return is dated neither before an application nor before taking one back
        payment.lastAppliedOn = latest(payment.lastAppliedOn, event.unappliedOn());
        payment.unapplied = Money.of(event.paymentUnappliedAmount(), currency);
        payment.applied.merge(event.invoiceId(), negate(application.amount), Money::plus);
        items.get(event.invoiceId()).open = Money.of(event.invoiceOpenAmount(), currency);
        totals(event.account());
    }

    @EventSourcingHandler
    void on(PaymentReturned event) {
        ReceivedPayment payment = payments.get(event.paymentId());
        payment.returned = true;
        payment.unapplied = zero(currency);
        for (ReopenedItem item : event.reopened()) {
            items.get(item.invoiceId()).open = Money.of(item.invoiceOpenAmount(), currency);
        }
        totals(event.account());
    }
}
