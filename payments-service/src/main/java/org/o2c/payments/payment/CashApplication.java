package org.o2c.payments.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.payments.account.CreditBalanceAllocationRequest;
import org.o2c.payments.bankaccount.BankAccountView;
import org.o2c.payments.bankaccount.BankAccounts;
import org.o2c.payments.customer.CustomerDirectory;
import org.o2c.payments.customer.CustomerEntry;
import org.o2c.payments.matching.CashApplicationSettings;
import org.o2c.payments.receivable.AccountId;
import org.o2c.payments.receivable.AllocatePayment;
import org.o2c.payments.receivable.ApplyCreditBalance;
import org.o2c.payments.receivable.Allocation;
import org.o2c.payments.receivable.PaymentId;
import org.o2c.payments.receivable.ReceivePayment;
import org.o2c.payments.receivable.ReturnPayment;
import org.o2c.payments.receivable.UnapplyPayment;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Turns payment requests into commands on the customer's receivable account, after the checks that need the
 * read model (who the customer is, which account an invoice belongs to). The account checks the amounts itself.
 * Runs inside the request's transaction.
 */
@ApplicationScoped
public class CashApplication {
    @Inject
    CustomerDirectory customers;
    @Inject
    BankAccounts bankAccounts;
    @Inject
    PaymentRegister register;
    @Inject
    Commands commands;
    @Inject
    Clock clock;
    @Inject
    ClosedPeriods closedPeriods;
    @Inject
    CashApplicationSettings settings;

    public PaymentView receive(ReceivePaymentRequest request, LegalEntityScope scope) {
        CustomerEntry customer = scope.reveal(customers.find(request.customerId()), CustomerEntry::legalEntity)
                .orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "customerId", "exists", "no customer " + request.customerId()));
        if (!customer.currency().equals(request.currency())) {
            // applying cash in another currency needs exchange rates and FX gain/loss, which come later
            throw new BusinessRuleViolation("currency", "account-currency",
                    "this customer's payments are received in its billing currency " + customer.currency()
                            + "; mixed currencies are not applied");
        }
        BankAccountRef bankAccount = request.bankAccountId() == null ? null
                : bankAccountOf(request.bankAccountId(), customer, scope);
        closedPeriods.refuseClosed("valueDate", customer.legalEntity(), request.valueDate());
        Currency currency = Currency.getInstance(customer.currency());
        PaymentId paymentId = PaymentId.newId();
        commands.send(new ReceivePayment(AccountId.of(customer.customerId(), currency), paymentId,
                new CustomerId(customer.customerId()), customer.legalEntity(), currency, request.amount(),
                request.valueDate(), request.payerReference(), null, bankAccount));
        return register.find(paymentId.value()).orElseThrow();
    }

    /** The bank account a keyed payment arrived on: one of the customer's legal entity, in its currency. */
    private BankAccountRef bankAccountOf(UUID bankAccountId, CustomerEntry customer, LegalEntityScope scope) {
        BankAccountView account = scope.reveal(bankAccounts.find(bankAccountId), BankAccountView::legalEntity)
                .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "bankAccountId", "exists",
                        "no bank account " + bankAccountId));
        if (!account.legalEntity().equals(customer.legalEntity())) {
            throw new BusinessRuleViolation("bankAccountId", "same-legal-entity", "the bank account is "
                    + account.legalEntity() + "'s; the customer is one of " + customer.legalEntity());
        }
        if (!account.currency().equals(customer.currency())) {
            throw new BusinessRuleViolation("bankAccountId", "bank-account-currency", "the bank account is kept in "
                    + account.currency() + "; the payment is in " + customer.currency());
        }
        return bankAccounts.booking(bankAccountId);
    }

    public PaymentView allocate(UUID paymentId, AllocatePaymentRequest request, LegalEntityScope scope) {
        PaymentView payment = existing(paymentId, scope);
        Map<UUID, UUID> accounts = register.accountsOfInvoices(
                request.allocations().stream().map(AllocationRequest::invoiceId).toList(), scope);
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < request.allocations().size(); i++) {
            AllocationRequest allocation = request.allocations().get(i);
            String at = "allocations[" + i + "]";
            UUID account = accounts.get(allocation.invoiceId());
            if (account == null) {
                throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, at + ".invoiceId", "exists",
                        "no invoice " + allocation.invoiceId() + " in the receivables ledger");
            }
            if (!account.equals(payment.accountId())) {
                throw new BusinessRuleViolation(at + ".invoiceId", "same-account", "invoice "
                        + allocation.invoiceId() + " is not owed by this payment's customer in " + payment.currency());
            }
            allocations.add(new Allocation(new InvoiceId(allocation.invoiceId()), allocation.amount(),
                    allocation.rest(settings.of(payment.legalEntity()).rules().writeOff())));
        }
        commands.send(new AllocatePayment(new AccountId(payment.accountId()), new PaymentId(paymentId), allocations,
                LocalDate.now(clock)));
        return register.find(paymentId).orElseThrow();
    }

    public PaymentView returned(UUID paymentId, ReturnPaymentRequest request, LegalEntityScope scope) {
        PaymentView payment = existing(paymentId, scope);
        closedPeriods.refuseClosed("returnedOn", payment.legalEntity(), request.returnedOn());
        commands.send(new ReturnPayment(new AccountId(payment.accountId()), new PaymentId(paymentId),
                request.reason().strip(), request.returnedOn()));
        return register.find(paymentId).orElseThrow();
    }

    /** Takes back the payment's n-th application, dated today (never before the application itself). */
    public PaymentView unapply(UUID paymentId, int allocation, UnapplyRequest request, LegalEntityScope scope) {
        PaymentView payment = existing(paymentId, scope);
        commands.send(new UnapplyPayment(new AccountId(payment.accountId()), new PaymentId(paymentId), allocation,
                LocalDate.now(clock), request.reason().strip()));
        return register.find(paymentId).orElseThrow();
    }

    /** Applies part of the customer's credit balance to one of its invoices, dated today. */
    public void applyCreditBalance(UUID customerId, CreditBalanceAllocationRequest request, LegalEntityScope scope) {
        CustomerEntry customer = scope.reveal(customers.find(customerId), CustomerEntry::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no customer " + customerId
                        + " in the receivables ledger"));
        AccountId account = AccountId.of(customerId, Currency.getInstance(request.currency()));
        if (!account.value().equals(register.accountsOfInvoices(List.of(request.invoiceId()), scope)
                .get(request.invoiceId()))) {
            throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "invoiceId", "exists", "no invoice "
                    + request.invoiceId() + " of this customer in " + request.currency());
        }
        LocalDate today = LocalDate.now(clock);
        closedPeriods.refuseClosed("appliedOn", customer.legalEntity(), today);
        commands.send(new ApplyCreditBalance(account, new InvoiceId(request.invoiceId()), request.amount(), today));
    }

    private PaymentView existing(UUID paymentId, LegalEntityScope scope) {
        return scope.reveal(register.find(paymentId), PaymentView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no payment " + paymentId));
    }

}
