package org.o2c.credit.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.credit.exposure.ReceivableExposure;
import org.o2c.credit.profile.DeclineCreditCheck;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Answers a credit check from one indexed read of the customer, its profile and its exposure, so that an
 * approval costs a single query and no aggregate is loaded. Only a decline goes through the customer's credit
 * profile, which publishes CreditCheckDeclined.
 */
@ApplicationScoped
public class CreditChecking {
    private static final String STANDING = """
            SELECT c.legal_entity, c.currency, p.credit_limit, p.on_hold, e.exposure
            FROM credit_customer c
            LEFT JOIN credit_profile p ON p.customer_id = c.customer_id
            LEFT JOIN customer_exposure e ON e.customer_id = c.customer_id AND e.currency = c.currency
            WHERE c.customer_id = ?""";

    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    @Inject
    ReceivableExposure exposures;
    @Inject
    Clock clock;

    /** Must run in a transaction: a decline's event and the caller's idempotency record commit together. */
    public CreditCheckResult check(CreditCheckRequest request, LegalEntityScope scope) {
        Standing standing = standingOf(request.customerId(), scope);
        if (!standing.currency().equals(request.currency())) {
            throw new BusinessRuleViolation("currency", "customer-currency",
                    "credit is checked in the customer's billing currency " + standing.currency());
        }
        Currency currency = Currency.getInstance(standing.currency());
        BigDecimal orderAmount = Money.exact("orderAmount", request.orderAmount(), currency).amount();
        BigDecimal exposure = Money.of(standing.exposure(), currency).amount();
        BigDecimal limit = standing.limit() == null ? null : Money.of(standing.limit(), currency).amount();
        BigDecimal available = limit == null ? Money.zero(currency).amount()
                : limit.subtract(exposure).max(Money.zero(currency).amount());
        List<String> reasons = CreditDecision.reasonsToDecline(limit, standing.onHold(), exposure, orderAmount);
        UUID creditCheckId = TimeOrderedIds.next();
        if (!reasons.isEmpty()) {
            // the customer's lock, as every writer of its profile takes it (see CreditProfiles)
            exposures.lockExposure(request.customerId(), currency.getCurrencyCode());
            commands.send(new DeclineCreditCheck(new CustomerId(request.customerId()), creditCheckId,
                    standing.legalEntity(), currency, orderAmount, limit, exposure, reasons));
        }
        return new CreditCheckResult(creditCheckId, request.customerId(),
                reasons.isEmpty() ? CreditCheckResult.APPROVED : CreditCheckResult.DECLINED, reasons, orderAmount,
                currency.getCurrencyCode(), exposure, limit, available, clock.instant());
    }

    /** A customer of a legal entity outside the scope is unknown, as one that does not exist. */
    private Standing standingOf(UUID customerId, LegalEntityScope scope) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(STANDING)) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !scope.covers(row.getString("legal_entity"))) {
                    throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "customerId", "exists",
                            "no customer " + customerId + " is known to credit");
                }
                BigDecimal exposure = row.getBigDecimal("exposure");
                return new Standing(row.getString("legal_entity"), row.getString("currency"),
                        row.getBigDecimal("credit_limit"), row.getBoolean("on_hold"),
                        exposure == null ? BigDecimal.ZERO : exposure);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Standing(String legalEntity, String currency, BigDecimal limit, boolean onHold,
                            BigDecimal exposure) {
    }
}
