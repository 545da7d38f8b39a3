package org.o2c.credit.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.o2c.credit.customer.CreditCustomer;
import org.o2c.credit.customer.CreditCustomers;
import org.o2c.credit.exposure.ReceivableExposure;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;

/**
 * Changes credit profiles, each in one transaction: the customer and currency are checked, the exposure read
 * under its row lock, the If-Match version compared under the profile's row lock, and the profile decides.
 *
 * <p>Every writer of a profile (these requests, the exposure consumer, a declined credit check) first locks the
 * customer's exposure row: that serialises them per customer, in one lock order, so that none decides on an
 * exposure another is changing and no two of them deadlock.
 */
@ApplicationScoped
public class CreditProfiles {
    @Inject
    CreditCustomers customers;
    @Inject
    ReceivableExposure exposures;
    @Inject
    CreditProfileRegister register;
    @Inject
    CreditSettings settings;
    @Inject
    Commands commands;
    @Inject
    CurrentRequest request;

    /** The outcome and the profile as it now shows. */
    public record Result(LimitChangeOutcome outcome, CreditProfileView profile) {
    }

    @Transactional
    public Result setLimit(UUID customerId, CreditLimitRequest change, String ifMatch) {
        CreditCustomer customer = request.legalEntities().reveal(customers.find(customerId),
                CreditCustomer::legalEntity)
                .orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "customerId", "exists", "no customer " + customerId
                        + " is known to credit (customers come from invoicing's CustomerRegistered)"));
        if (!change.currency().equals(customer.currency())) {
            throw new BusinessRuleViolation("currency", "customer-currency",
                    "a credit limit is kept in the customer's billing currency " + customer.currency());
        }
        BigDecimal exposure = exposures.lockExposure(customerId, customer.currency());
        checkVersion(customerId, ifMatch);
        LimitChangeOutcome outcome = commands.send(new SetCreditLimit(new CustomerId(customerId),
                customer.legalEntity(), Currency.getInstance(customer.currency()), change.creditLimit(), exposure,
                settings.approvalThresholdOf(customer.legalEntity()), request.actingUser()));
        return new Result(outcome, register.find(customerId).orElseThrow());
    }

    @Transactional
    public CreditProfileView approve(UUID customerId, String ifMatch) {
        BigDecimal exposure = lockExisting(customerId, ifMatch);
        commands.send(new ApprovePendingLimitChange(new CustomerId(customerId), request.actingUser(), exposure));
        return register.find(customerId).orElseThrow();
    }

    @Transactional
    public CreditProfileView reject(UUID customerId, String ifMatch) {
        lockExisting(customerId, ifMatch);
        commands.send(new RejectPendingLimitChange(new CustomerId(customerId), request.actingUser()));
        return register.find(customerId).orElseThrow();
    }

    /** Locks the customer's exposure, then its profile row, and checks If-Match; returns the exposure. */
    private BigDecimal lockExisting(UUID customerId, String ifMatch) {
        CreditProfileView profile = request.legalEntities()
                .reveal(register.find(customerId), CreditProfileView::legalEntity).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no credit profile for customer " + customerId));
        BigDecimal exposure = exposures.lockExposure(customerId, profile.currency());
        checkVersion(customerId, ifMatch);
        return exposure;
    }

    /** Locks the profile row (if any) and compares its version with If-Match, when one was sent. */
    private void checkVersion(UUID customerId, String ifMatch) {
        Optional<Long> version = register.lockVersion(customerId);
        if (ifMatch == null || ifMatch.equals("*") && version.isPresent()) {
            return;
        }
        String current = version.map(CreditProfileResource::etag).orElse(null);
        if (!ifMatch.equals(current)) {
            throw ProblemException.field(ProblemType.PRECONDITION_FAILED, "If-Match", "current-version",
                    "the profile is at version " + (current == null ? "none (no profile yet)" : current)
                            + "; read it again and retry");
        }
    }
}
