package org.o2c.payments.bankstatement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.payments.BankLineApplied;
import org.o2c.events.payments.BankLineReconciled;
import org.o2c.events.payments.BankStatementImported;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * A bank statement taken in: it guards that each of its lines becomes a customer's payment, or is reconciled with
 * a line of another report that did, at most once, however many clerks and matching runs reach for it at once.
 */
public class ImportedStatement {
    @AggregateIdentifier
    private UUID statementId;
    private UUID bankAccountId;
    private String legalEntity;
    private String currency;
    private final Set<UUID> appliedLines = new HashSet<>();

    protected ImportedStatement() {
        // for Axon
    }

    @CommandHandler
    public ImportedStatement(ImportBankStatement c) {
        apply(new BankStatementImported(c.statementId(), c.bankAccountId(), c.legalEntity(), c.maskedAccount(),
                c.currency(), c.format().name(), c.reference(), c.sequence(), c.openingDate(), c.openingBalance(),
                c.closingDate(), c.closingBalance(), c.lineCount(), c.credits(), c.debits(), c.fileId(),
                c.positionInFile()));
    }

    @CommandHandler
    public void handle(ApplyBankLine command) {
        if (appliedLines.contains(command.lineId())) {
            throw ProblemException.field(ProblemType.CONFLICT, "lineId", "not-yet-applied",
                    "bank line " + command.lineId() + " was already applied");
        }
        apply(new BankLineApplied(statementId, command.lineId(), command.lineNumber(), bankAccountId, legalEntity,
                currency, command.amount(), command.paymentId(), command.customerId(), command.automatic(),
                command.score(), command.reasons()));
    }

    @CommandHandler
    public void handle(ReconcileBankLine command) {
        if (appliedLines.contains(command.lineId())) {
            throw ProblemException.field(ProblemType.CONFLICT, "lineId", "not-yet-applied",
                    "bank line " + command.lineId() + " was already applied");
        }
        apply(new BankLineReconciled(statementId, command.lineId(), command.lineNumber(), bankAccountId, legalEntity,
                currency, command.amount(), command.paymentId(), command.twinLineId(), command.reason()));
    }

    @EventSourcingHandler
    void on(BankLineReconciled event) {
        appliedLines.add(event.lineId());
    }

    @EventSourcingHandler
    void on(BankStatementImported event) {
        statementId = event.statementId();
        bankAccountId = event.bankAccountId();
        legalEntity = event.legalEntity();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(BankLineApplied event) {
        appliedLines.add(event.lineId());
    }
}
