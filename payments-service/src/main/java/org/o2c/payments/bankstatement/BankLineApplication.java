package org.o2c.payments.bankstatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.o2c.payments.customer.CustomerDirectory;
import org.o2c.payments.customer.CustomerEntry;
import org.o2c.payments.matching.CashApplicationSettings;
import org.o2c.payments.matching.CashMatching;
import org.o2c.payments.matching.MatchingLine;
import org.o2c.payments.matching.SuggestedAllocation;
import org.o2c.payments.matching.Suggestion;
import org.o2c.payments.payment.AllocationRequest;
import org.o2c.payments.payment.PaymentRegister;
import org.o2c.payments.receivable.AccountId;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/** A clerk works the exception queue: confirms a suggestion for a line, or applies it by hand. */
@ApplicationScoped
public class BankLineApplication {
    @Inject
    BankStatementQueries queries;
    @Inject
    CashMatching matching;
    @Inject
    CustomerDirectory customers;
    @Inject
    PaymentRegister payments;
    @Inject
    ClosedPeriods closedPeriods;
    @Inject
    CashApplicationSettings settings;

    /** Runs inside the request's transaction. */
    public BankLineView apply(UUID lineId, ApplyBankLineRequest request, LegalEntityScope scope) {
        BankLineView line = existing(lineId, scope);
        if ((request.suggestion() == null) == (request.customerId() == null)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "suggestion", "one-of",
                    "give either the rank of a suggestion or a customerId, not both and not neither");
        }
        if (request.suggestion() != null && request.allocations() != null) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "allocations", "with-customer",
                    "allocations go with a customerId; a suggestion brings its own");
        }
        if (!BankStatementProjection.UNMATCHED.equals(line.status())) {
            throw ProblemException.field(ProblemType.CONFLICT, "lineId", "not-yet-applied",
                    "bank line " + lineId + " was already applied as payment " + line.paymentId());
        }
        if (line.amount().signum() <= 0) {
            throw new BusinessRuleViolation("lineId", "credit-line",
                    "a debit line is money going out, not a customer's payment");
        }
        closedPeriods.refuseClosed("valueDate", line.legalEntity(), line.valueDate());
        MatchingLine matchingLine = matchingLine(line);
        if (request.suggestion() != null) {
            if (request.suggestion() > line.suggestions().size()) {
                throw new BusinessRuleViolation("suggestion", "exists", "the line has "
                        + line.suggestions().size() + " suggestion" + (line.suggestions().size() == 1 ? "" : "s"));
            }
            Suggestion chosen = line.suggestions().get(request.suggestion() - 1);
            // the customer as it is now: still ours to see, of the line's legal entity, billed in its currency
            customer(chosen.customerId(), line, scope);
            matching.applyByHand(matchingLine, chosen, request.suggestion());
        } else {
            CustomerEntry customer = customer(request.customerId(), line, scope);
            if (request.allocations() == null) {
                matching.apply(matchingLine, customer.customerId(), matching.spread(matchingLine,
                        customer.customerId()), null, false, 100, List.of("applied by a clerk to the customer, "
                        + "spread by the allocation order"));
                return queries.line(lineId).orElseThrow();
            }
            List<AllocationRequest> given = request.allocations();
            Map<UUID, UUID> accounts = payments.accountsOfInvoices(given.stream().map(AllocationRequest::invoiceId)
                    .toList(), scope);
            UUID account = AccountId.of(customer.customerId(), Currency.getInstance(line.currency()))
                    .value();
            for (int i = 0; i < given.size(); i++) {
                if (!account.equals(accounts.get(given.get(i).invoiceId()))) {
                    throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "allocations[" + i + "].invoiceId",
                            "exists", "no invoice " + given.get(i).invoiceId() + " of this customer in "
                                    + line.currency());
                }
            }
            matching.apply(matchingLine, customer.customerId(), given.stream()
                    .map(a -> new SuggestedAllocation(a.invoiceId(), null, null, a.amount(),
                            a.settleRestAs() == null ? null
                                    : new SuggestedAllocation.Rest(a.settleRestAs(), null, a.restReason())))
                    .toList(), settings.of(line.legalEntity()).rules().writeOff(), false, 100,
                    List.of("applied by a clerk"));
        }
        return queries.line(lineId).orElseThrow();
    }

    private BankLineView existing(UUID lineId, LegalEntityScope scope) {
        return scope.reveal(queries.line(lineId), BankLineView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no bank line " + lineId));
    }

    private CustomerEntry customer(UUID customerId, BankLineView line, LegalEntityScope scope) {
        CustomerEntry customer = scope.reveal(customers.find(customerId), CustomerEntry::legalEntity)
                .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "customerId", "exists",
                        "no customer " + customerId));
        if (!customer.legalEntity().equals(line.legalEntity())) {
            throw new BusinessRuleViolation("customerId", "same-legal-entity", "the customer is one of "
                    + customer.legalEntity() + "; the bank account is " + line.legalEntity() + "'s");
        }
        if (!customer.currency().equals(line.currency())) {
            throw new BusinessRuleViolation("customerId", "account-currency", "the customer is billed in "
                    + customer.currency() + "; the line is in " + line.currency());
        }
        return customer;
    }

    private static MatchingLine matchingLine(BankLineView line) {
        return new MatchingLine(line.lineId(), line.statementId(), line.lineNumber(), line.bankAccountId(),
                line.legalEntity(),
                line.currency(), line.valueDate(), line.amount(), line.creditorReference(), line.remittance(),
                line.endToEndId(), line.counterpartyName(), line.counterpartyAccount());
    }
}
