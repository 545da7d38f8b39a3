package org.o2c.payments.refund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.bankaccount.BankAccountNumber;
import org.o2c.payments.customer.CustomerDirectory;
import org.o2c.payments.customer.CustomerEntry;
import org.o2c.payments.matching.CashApplicationSettings;
import org.o2c.payments.payment.PaymentRegister;
import org.o2c.payments.payment.PaymentView;
import org.o2c.payments.receivable.AccountId;
import org.o2c.payments.receivable.DecideRefund;
import org.o2c.payments.receivable.PaymentId;
import org.o2c.payments.receivable.RequestRefund;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Refunds to customers: asked for by a manager, issued at once within the legal entity's threshold, else approved
 * or rejected by a second manager. The account checks the money is there and the four eyes; this checks who and
 * what the request names. Runs inside the request's transaction.
 */
@ApplicationScoped
public class Refunds {
    @Inject
    CustomerDirectory customers;
    @Inject
    PaymentRegister payments;
    @Inject
    RefundRegister register;
    @Inject
    CashApplicationSettings settings;
    @Inject
    ClosedPeriods closedPeriods;
    @Inject
    Commands commands;
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    public RefundView request(RefundRequest request, LegalEntityScope scope, String user) {
        CustomerEntry customer = scope.reveal(customers.find(request.customerId()), CustomerEntry::legalEntity)
                .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "customerId", "exists",
                        "no customer " + request.customerId()));
        if (!customer.currency().equals(request.currency())) {
            throw new BusinessRuleViolation("currency", "account-currency",
                    "the customer's account is kept in " + customer.currency());
        }
        AccountId account = AccountId.of(customer.customerId(), Currency.getInstance(customer.currency()));
        if (request.paymentId() != null) {
            PaymentView payment = scope.reveal(payments.find(request.paymentId()), PaymentView::legalEntity)
                    .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "paymentId", "exists",
                            "no payment " + request.paymentId()));
            if (!payment.accountId().equals(account.value())) {
                throw new BusinessRuleViolation("paymentId", "same-account",
                        "payment " + request.paymentId() + " is not the customer's in " + customer.currency());
            }
        }
        BankAccountNumber payee = BankAccountNumber.parse("payeeAccount", request.payeeAccount());
        LocalDate today = LocalDate.now(clock);
        closedPeriods.refuseClosed("requestedOn", customer.legalEntity(), today);
        UUID refundId = TimeOrderedIds.next();
        keepPayee(refundId, payee);
        commands.send(new RequestRefund(account, refundId, request.paymentId() == null ? null
                : new PaymentId(request.paymentId()), request.amount(), payee.masked(), request.reason().strip(),
                user, today, settings.of(customer.legalEntity()).refundApprovalThreshold()));
        return register.find(refundId).orElseThrow();
    }

    public RefundView decide(UUID refundId, boolean approve, RefundDecisionRequest decision, LegalEntityScope scope,
                             String user) {
        RefundView refund = scope.reveal(register.find(refundId), RefundView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no refund " + refundId));
        String note = decision == null || decision.note() == null || decision.note().isBlank() ? null
                : decision.note().strip();
        if (!approve && note == null) {
            throw new BusinessRuleViolation("note", "required", "a rejection says why");
        }
        LocalDate today = LocalDate.now(clock);
        if (approve) {
            closedPeriods.refuseClosed("approvedOn", refund.legalEntity(), today);
        }
        commands.send(new DecideRefund(new AccountId(register.accountOf(refundId).orElseThrow()), refundId, approve,
                user, note, today));
        return register.find(refundId).orElseThrow();
    }

    private void keepPayee(UUID refundId, BankAccountNumber payee) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO refund_payee (refund_id, payee_account) VALUES (?, ?)")) {
            insert.setObject(1, refundId);
            insert.setString(2, payee.value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
