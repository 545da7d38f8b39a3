package org.o2c.payments.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.o2c.payments.bankaccount.BankAccounts;
import org.o2c.payments.bankstatement.ApplyBankLine;
import org.o2c.payments.bankstatement.ReconcileBankLine;
import org.o2c.payments.receivable.AccountId;
import org.o2c.payments.receivable.Allocation;
import org.o2c.payments.receivable.PaymentId;
import org.o2c.payments.receivable.ReceivePayment;
import org.o2c.payments.receivable.RestOfItem;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.period.ClosedBooks;
import org.o2c.runtime.period.ClosedPeriods;

/**
 * Cash application from bank statements: matches the unmatched credit lines of statements just imported, applies
 * those it is sure of through the customers' receivable accounts, and leaves the others in the exception queue with
 * their ranked suggestions. Sure means: the best suggestion scores at least the legal entity's threshold
 * ({@link CashApplicationSettings}), it allocates to at least one invoice, no other suggestion comes within
 * {@value MatchingRun#MARGIN} points of it, and the line's value date lies in an open period. Runs inside the
 * caller's transaction: a line is applied with its payment or not at all.
 */
@ApplicationScoped
public class CashMatching {
    private static final Logger LOG = Logger.getLogger(CashMatching.class);
    /** Threads for the lookups run beside the caller's: one import runs up to three at a time. */
    private static final int LOOKUP_THREADS = 4;
    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    @Inject
    ClosedPeriods closedPeriods;
    @Inject
    ObjectMapper json;
    @Inject
    CashApplicationSettings settings;
    @Inject
    ReturnedPayments returns;
    @Inject
    SupplierPayments supplierPayments;
    @Inject
    BankAccounts bankAccounts;

    private final CashMatcher matcher = new CashMatcher();
    // the lookups read beside the import's own connection: plain threads, so that no transaction context follows
    private final ExecutorService lookupThreads = Executors.newFixedThreadPool(LOOKUP_THREADS, task -> {
        Thread thread = new Thread(task, "cash-matching-lookup");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        lookupThreads.shutdownNow();
    }

    /**
     * How a matching run ended: credit lines applied automatically, credit lines left for a clerk, lines reconciled
     * with the same movement of another report, debit lines that returned a payment, and debit lines of supplier
     * payments.
     */
    public record Outcome(int applied, int waiting, int reconciled, int returned, int supplierPayments) {
    }

    /** Matches the unmatched credit lines of these statements. */
    public Outcome matchStatements(Collection<UUID> statementIds) {
        long started = System.nanoTime();
        int reconciled = reconcileTwins(statementIds);
        Outcome credits = match(unmatchedCreditLines(statementIds));
        // after the credit lines: a file may hold a payment and its return
        int returned = returns.match(statementIds);
        int paidToSuppliers = supplierPayments.reconcile(statementIds);
        LOG.infof("cash application: %d returned, %d supplier payments, %d ms in all", returned, paidToSuppliers,
                (System.nanoTime() - started) / 1_000_000);
        return new Outcome(credits.applied(), credits.waiting(), reconciled, returned, paidToSuppliers);
    }

    /**
     * Matches again the waiting credit lines of a legal entity that carry one of these payment reference keys (a
     * remittance advice for them has come): how many were applied now, and how many still wait.
     */
    public Outcome rematch(String legalEntity, Collection<String> referenceKeys) {
        List<MatchingLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT * FROM bank_line l WHERE l.legal_entity = ? AND l.status = 'UNMATCHED' AND l.amount > 0
                  AND EXISTS (SELECT 1 FROM unnest(?::text[]) AS k(key) WHERE regexp_replace(upper(
                      concat_ws(' ', l.creditor_reference, l.remittance, l.end_to_end_id)), '[^A-Z0-9]', '', 'g')
                      LIKE '%' || k.key || '%')
                ORDER BY l.value_date, l.statement_id, l.line_number""")) {
            select.setString(1, legalEntity);
            select.setArray(2, c.createArrayOf("text", referenceKeys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    MatchingLine line = line(rs);
                    if (AdvisedPayment.keysOf(line).stream().anyMatch(referenceKeys::contains)) {
                        lines.add(line);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return match(lines);
    }

    /** Decides the lines per legal entity and currency, applies the sure ones, keeps the others' suggestions. */
    private Outcome match(List<MatchingLine> unmatched) {
        long started = System.nanoTime();
        long reading = 0;
        long deciding = 0;
        Map<String, List<MatchingLine>> byLedger = new LinkedHashMap<>();
        for (MatchingLine line : unmatched) {
            byLedger.computeIfAbsent(line.legalEntity() + "/" + line.currency(), k -> new ArrayList<>()).add(line);
        }
        int applied = 0;
        int waiting = 0;
        Map<UUID, List<Suggestion>> left = new LinkedHashMap<>();
        for (List<MatchingLine> lines : byLedger.values()) {
            MatchingLine first = lines.get(0);
            CashApplicationSettings.InForce inForce = settings.of(first.legalEntity());
            MatchingRun run = new MatchingRun(matcher, inForce.autoApplyThreshold(), inForce.rules());
            ClosedBooks books = closedPeriods.books(List.of(first.legalEntity()));
            long readStart = System.nanoTime();
            MatchingFacts facts = load(first.legalEntity(), first.currency(), lines);
            LOG.infof("cash application: %d lines of %s %s, ledger read: %s", lines.size(), first.legalEntity(),
                    first.currency(), facts.reading());
            long decideStart = System.nanoTime();
            List<MatchingRun.Decision> decisions = run.decide(lines, facts, line -> closedReason(line, books));
            reading += decideStart - readStart;
            deciding += System.nanoTime() - decideStart;
            List<MatchingRun.Decision> sure = decisions.stream().filter(MatchingRun.Decision::apply).toList();
            // one unit of work: the events of every sure line are stored and projected as one batch
            commands.together(() -> sure.forEach(decision -> {
                apply(decision.line(), decision.best().customerId(), decision.best().allocations(),
                        inForce.rules().writeOff(), true, decision.best().score(), decision.best().reasons());
                adviceFollowed(decision.best(), decision.line());
            }));
            applied += sure.size();
            for (MatchingRun.Decision decision : decisions) {
                if (!decision.apply()) {
                    left.put(decision.line().lineId(), decision.suggestions());
                    waiting++;
                }
            }
        }
        storeSuggestions(left);
        LOG.infof("cash application: %d lines matched in %d ms (ledger read %d ms, scoring %d ms), %d applied, "
                + "%d waiting, %d ms in all", applied + waiting, (reading + deciding) / 1_000_000, reading / 1_000_000,
                deciding / 1_000_000, applied, waiting, (System.nanoTime() - started) / 1_000_000);
        return new Outcome(applied, waiting, 0, 0, 0);
    }

    /**
     * Lines that are the same movement as a line of the other kind of report already applied (an interim report
     * and the day's statement both tell of it: same bank account, amount, value date and bank or end-to-end
     * reference): reconciled with it, never applied a second time. Returns how many.
     */
    private int reconcileTwins(Collection<UUID> statementIds) {
        record Twin(UUID statementId, UUID lineId, int lineNumber, BigDecimal amount, UUID paymentId, UUID twin,
                    String reference) {
        }
        List<Twin> twins = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT DISTINCT ON (l.line_id) l.statement_id, l.line_id, l.line_number, l.amount, t.payment_id,
                       t.line_id, ts.reference
                FROM bank_line l JOIN bank_statement s ON s.statement_id = l.statement_id
                JOIN bank_line t ON t.bank_account_id = l.bank_account_id AND t.amount = l.amount
                    AND t.value_date = l.value_date AND t.status = 'APPLIED' AND t.statement_id <> l.statement_id
                JOIN bank_statement ts ON ts.statement_id = t.statement_id
                WHERE l.statement_id = ANY (?) AND l.status = 'UNMATCHED' AND l.amount > 0
                  AND (s.closing_balance IS NULL) <> (ts.closing_balance IS NULL)
                  AND (t.bank_reference = l.bank_reference
                       OR t.end_to_end_id = l.end_to_end_id AND l.end_to_end_id <> 'NOTPROVIDED')
                ORDER BY l.line_id, t.line_id""")) {
            select.setArray(1, c.createArrayOf("uuid", statementIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    twins.add(new Twin(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getBigDecimal(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                            rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (Twin twin : twins) {
            commands.send(new ReconcileBankLine(twin.statementId(), twin.lineId(), twin.lineNumber(), twin.amount(),
                    twin.paymentId(), twin.twin(), "the same movement as a line of report " + twin.reference()
                            + " already applied as payment " + twin.paymentId()));
        }
        return twins.size();
    }

    /**
     * Makes a line a payment of the customer, applied to the allocations given (what they leave stays unapplied
     * cash): BankLineApplied on the statement, then PaymentReceived and PaymentApplied on the customer's account,
     * with the discount, write-off (within {@code writeOff}) or deduction each allocation settles its rest with.
     */
    public UUID apply(MatchingLine line, UUID customerId, List<SuggestedAllocation> allocations,
                      RestOfItem.Tolerance writeOff, boolean automatic, int score, List<String> reasons) {
        PaymentId paymentId = PaymentId.newId();
        commands.send(new ApplyBankLine(line.statementId(), line.lineId(), line.lineNumber(), line.amount(),
                paymentId.value(), customerId, automatic, score, reasons));
        Currency currency = Currency.getInstance(line.currency());
        commands.send(new ReceivePayment(AccountId.of(customerId, currency), paymentId, new CustomerId(customerId),
                line.legalEntity(), currency, line.amount(), line.valueDate(), payerReference(line),
                allocations.stream().map(a -> allocation(a, writeOff)).toList(),
                bankAccounts.booking(line.bankAccountId())));
        return paymentId.value();
    }

    private static Allocation allocation(SuggestedAllocation allocation, RestOfItem.Tolerance writeOff) {
        SuggestedAllocation.Rest rest = allocation.rest();
        return new Allocation(new InvoiceId(allocation.invoiceId()), allocation.amount(), rest == null ? null
                : switch (rest.how()) {
                    case DISCOUNT -> RestOfItem.discount();
                    case WRITE_OFF -> RestOfItem.writeOff(writeOff, rest.reason());
                    case DEDUCTION -> RestOfItem.deduction(rest.reason());
                });
    }

    /**
     * A clerk confirms a suggestion for a waiting credit line: as suggested while its invoices' open amounts are
     * unchanged; else its invoices are paid in order against what is open now, without the discount, write-off or
     * deduction it proposed.
     */
    public void applyByHand(MatchingLine line, Suggestion chosen, int rank) {
        Map<UUID, BigDecimal> open = openAmounts(chosen.allocations().stream().map(SuggestedAllocation::invoiceId)
                .toList());
        boolean unchanged = chosen.allocations().stream()
                .allMatch(a -> a.openAmount().compareTo(open.getOrDefault(a.invoiceId(), BigDecimal.ZERO)) == 0);
        List<SuggestedAllocation> allocations = unchanged ? chosen.allocations()
                : SuggestedAllocation.inOrder(line.amount(), chosen.allocations().stream()
                        .map(a -> new SuggestedAllocation(a.invoiceId(), a.invoiceNumber(),
                                open.getOrDefault(a.invoiceId(), BigDecimal.ZERO), a.amount())).toList());
        List<String> reasons = new ArrayList<>(chosen.reasons());
        reasons.add("suggestion " + rank + " confirmed by a clerk");
        apply(line, chosen.customerId(), allocations, settings.of(line.legalEntity()).rules().writeOff(), false,
                chosen.score(), reasons);
        adviceFollowed(chosen, line);
    }

    /** The advice rows a suggestion followed are used: no other line follows them again. */
    private void adviceFollowed(Suggestion suggestion, MatchingLine line) {
        Suggestion.AdviceReference advice = suggestion.remittanceAdvice();
        if (advice == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE remittance_advice_row SET bank_line_id = ? WHERE advice_id = ? AND reference_key = ?
                  AND bank_line_id IS NULL""")) {
            update.setObject(1, line.lineId());
            update.setObject(2, advice.adviceId());
            update.setString(3, org.o2c.payments.remittance.AdviceRow.keyOf(advice.paymentReference()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A payment of the customer that does not say which invoices, spread by the legal entity's allocation order. */
    public List<SuggestedAllocation> spread(MatchingLine line, UUID customerId) {
        try (Connection c = dataSource.getConnection()) {
            MatchingFacts facts = new MatchingFacts();
            MatchingLookups.itemsOfCustomers(c, line.currency(), Set.of(customerId), facts);
            return settings.of(line.legalEntity()).rules().order().allocate(line.amount(), facts.itemsOf(customerId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<UUID, BigDecimal> openAmounts(List<UUID> invoiceIds) {
        Map<UUID, BigDecimal> open = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT invoice_id, open_amount FROM open_item WHERE invoice_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", invoiceIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return open;
    }

    /** Why the line cannot be applied now because of its date, or null. */
    private static String closedReason(MatchingLine line, ClosedBooks books) {
        return books.isClosed(line.legalEntity(), YearMonth.from(line.valueDate()))
                ? "value date " + line.valueDate() + " lies in a closed period" : null;
    }

    private static String payerReference(MatchingLine line) {
        String reference = String.join(" ", Stream.of(line.creditorReference(), line.remittance(),
                line.endToEndId()).filter(Objects::nonNull).toList()).strip();
        return reference.isEmpty() ? null : reference.length() <= 500 ? reference : reference.substring(0, 500);
    }

    private MatchingFacts load(String legalEntity, String currency, List<MatchingLine> lines) {
        try (Connection c = dataSource.getConnection()) {
            return MatchingLookups.load(c, new Lookups(dataSource, lookupThreads), legalEntity, currency, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the ledger for matching", e);
        }
    }

    private List<MatchingLine> unmatchedCreditLines(Collection<UUID> statementIds) {
        List<MatchingLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT * FROM bank_line WHERE statement_id = ANY (?) AND status = 'UNMATCHED' AND amount > 0
                ORDER BY statement_id, line_number""")) {
            select.setArray(1, c.createArrayOf("uuid", statementIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(line(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    static MatchingLine line(ResultSet rs) throws SQLException {
        return new MatchingLine(rs.getObject("line_id", UUID.class), rs.getObject("statement_id", UUID.class),
                rs.getInt("line_number"), rs.getObject("bank_account_id", UUID.class), rs.getString("legal_entity"),
                rs.getString("currency"), rs.getDate("value_date").toLocalDate(), rs.getBigDecimal("amount"),
                rs.getString("creditor_reference"), rs.getString("remittance"), rs.getString("end_to_end_id"),
                rs.getString("counterparty_name"), rs.getString("counterparty_account"));
    }

    /** The suggestions of lines left for a clerk: derived from the ledger, kept with the line for the queue. */
    private void storeSuggestions(Map<UUID, List<Suggestion>> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE bank_line SET suggestions = ?::jsonb WHERE line_id = ?")) {
            for (Map.Entry<UUID, List<Suggestion>> line : suggestions.entrySet()) {
                update.setString(1, json.writeValueAsString(line.getValue()));
                update.setObject(2, line.getKey());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
