package org.o2c.payments.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.bankstatement.ReconcileBankLine;
import org.o2c.payments.receivable.AccountId;
import org.o2c.payments.receivable.PaymentId;
import org.o2c.payments.receivable.ReturnPayment;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.period.ClosedBooks;
import org.o2c.runtime.period.ClosedPeriods;

/**
 * Debit lines that give back a customer's payment: the bank returns a transfer or a direct debit (camt return
 * reason, or an entry marked as a reversal). Such a line is matched to the one payment it returns: a credit line of
 * the same bank account applied as a payment not yet returned, of the same amount, valued on or before it, with the
 * same end-to-end reference or from the same payer account, nothing of it refunded to the customer. The payment is
 * returned through its customer's account
 * ({@code PaymentReturned}, every invoice it settled open again, with the ISO reason in words) and the debit line
 * reconciled with it ({@code BankLineReconciled}). A line that fits no payment, or more than one, waits for a clerk;
 * so does one valued in a closed period.
 */
@ApplicationScoped
public class ReturnedPayments {
    /** ISO 20022 return reasons (ExternalReturnReason1Code) a bank commonly gives, in words. */
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("AC01", "incorrect account number"), Map.entry("AC04", "account closed"),
            Map.entry("AC06", "account blocked"), Map.entry("AG01", "transaction forbidden on this account"),
            Map.entry("AG02", "invalid bank operation code"), Map.entry("AM04", "insufficient funds"),
            Map.entry("AM05", "duplicate payment"), Map.entry("BE04", "creditor address missing"),
            Map.entry("CUST", "requested by the customer"), Map.entry("DUPL", "duplicate payment"),
            Map.entry("FOCR", "returned after a cancellation request"), Map.entry("FRAD", "fraudulent origin"),
            Map.entry("MD01", "no mandate"), Map.entry("MD06", "refund requested by the debtor"),
            Map.entry("MD07", "debtor deceased"), Map.entry("MS02", "refused by the debtor"),
            Map.entry("MS03", "reason not specified by the bank"), Map.entry("RC01", "bank identifier incorrect"),
            Map.entry("RR01", "debtor account or identification missing"), Map.entry("RR04", "regulatory reason"),
            Map.entry("SL01", "specific service of the debtor's bank"), Map.entry("TECH", "technical problem"));

    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    @Inject
    ClosedPeriods closedPeriods;

    /** A debit line and the one payment it returns. */
    record Match(UUID statementId, UUID lineId, int lineNumber, BigDecimal amount, LocalDate valueDate,
                 String reasonCode, UUID paymentId, UUID accountId, String legalEntity, LocalDate notBefore,
                 UUID originalLineId) {
    }

    /** Returns the payments the debit lines of these statements give back; how many. */
    public int match(Collection<UUID> statementIds) {
        List<Match> candidates = candidates(statementIds);
        ClosedBooks books = closedPeriods.books(candidates.stream().map(Match::legalEntity).distinct().toList());
        List<Match> matches = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (Match match : candidates) {
            if (taken.add(match.paymentId())
                    && !books.isClosed(match.legalEntity(), YearMonth.from(match.valueDate()))) {
                matches.add(match);
            }
        }
        for (Match match : matches) {
            LocalDate on = match.valueDate().isBefore(match.notBefore()) ? match.notBefore() : match.valueDate();
            String reason = reasonOf(match.reasonCode()) + " (returned by the bank, statement line "
                    + match.lineNumber() + ")";
            commands.send(new ReturnPayment(new AccountId(match.accountId()), new PaymentId(match.paymentId()),
                    reason, on));
            commands.send(new ReconcileBankLine(match.statementId(), match.lineId(), match.lineNumber(),
                    match.amount(), match.paymentId(), match.originalLineId(), "returns payment "
                            + match.paymentId() + ": " + reason));
        }
        return matches.size();
    }

    /** The ISO return reason in words, with its code; a return the bank gave no reason for says so. */
    static String reasonOf(String code) {
        if (code == null || code.isBlank()) {
            return "returned without a reason code";
        }
        String words = REASONS.get(code.strip());
        return code.strip() + (words == null ? "" : " " + words);
    }

    /** Debit lines that fit exactly one payment, in statement order. */
    private List<Match> candidates(Collection<UUID> statementIds) {
        List<Match> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT * FROM (
                    SELECT d.statement_id, d.line_id, d.line_number, d.amount, d.value_date, d.return_reason,
                           p.payment_id, p.account_id, d.legal_entity, c.line_id AS original_line_id,
                           greatest(p.value_date, (SELECT max(a.applied_on) FROM payment_application a
                                                    WHERE a.payment_id = p.payment_id)) AS not_before,
                           count(*) OVER (PARTITION BY d.line_id) AS fitting
                    FROM bank_line d
                    JOIN bank_line c ON c.bank_account_id = d.bank_account_id AND c.amount = -d.amount
                        AND c.status = 'APPLIED' AND c.value_date <= d.value_date
                        AND (c.end_to_end_id = d.end_to_end_id AND d.end_to_end_id <> 'NOTPROVIDED'
                             OR replace(upper(c.counterparty_account), ' ', '')
                                = replace(upper(d.counterparty_account), ' ', ''))
                    JOIN payment p ON p.payment_id = c.payment_id AND p.returned_on IS NULL
                        AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.payment_id = p.payment_id
                                        AND r.status = 'ISSUED')
                    WHERE d.statement_id = ANY (?) AND d.status = 'UNMATCHED' AND d.amount < 0
                      AND (d.return_reason IS NOT NULL OR d.reversal)) fits
                WHERE fitting = 1 ORDER BY statement_id, line_number""")) {
            select.setArray(1, c.createArrayOf("uuid", statementIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new Match(rs.getObject("statement_id", UUID.class), rs.getObject("line_id", UUID.class),
                            rs.getInt("line_number"), rs.getBigDecimal("amount"),
                            rs.getObject("value_date", LocalDate.class), rs.getString("return_reason"),
                            rs.getObject("payment_id", UUID.class), rs.getObject("account_id", UUID.class),
                            rs.getString("legal_entity"), rs.getObject("not_before", LocalDate.class),
                            rs.getObject("original_line_id", UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
