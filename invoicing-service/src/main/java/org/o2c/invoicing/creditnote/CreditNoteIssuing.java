package org.o2c.invoicing.creditnote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.invoicing.invoice.CreditNoteId;
import org.o2c.invoicing.invoice.CreditedLine;
import org.o2c.invoicing.invoice.InvoiceRegister;
import org.o2c.invoicing.invoice.InvoiceView;
import org.o2c.invoicing.invoice.InvoicingSettings;
import org.o2c.invoicing.invoice.IssueCreditNote;
import org.o2c.invoicing.numbering.NumberSeries;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Issues a credit note in one transaction: the next number of the credit note series of the invoice's legal
 * entity and year, then the invoice aggregate checks it against what is still creditable and computes it. If the
 * invoice refuses, nothing is stored and the number is not used.
 */
@ApplicationScoped
public class CreditNoteIssuing {
    /** Its own gapless series beside the invoices' INV: CN-2026-000001. */
    public static final String SERIES = "CN";

    @Inject
    InvoiceRegister invoices;
    @Inject
    NumberSeries numbers;
    @Inject
    Commands commands;
    @Inject
    CreditNoteRegister register;
    @Inject
    InvoicingSettings settings;
    @Inject
    Clock clock;
    @Inject
    ClosedPeriods closedPeriods;

    @Transactional
    public CreditNoteView issue(UUID invoiceId, IssueCreditNoteRequest request, LegalEntityScope scope) {
        InvoiceView invoice = scope.reveal(invoices.find(invoiceId), InvoiceView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no invoice " + invoiceId));
        LocalDate issueDate = request.issueDate() != null ? request.issueDate() : LocalDate.now(clock);
        if (issueDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("issueDate", "not-in-future", "a credit note is issued on or before "
                    + "today (" + LocalDate.now(clock) + ")");
        }
        closedPeriods.refuseClosed("issueDate", invoice.legalEntity(), issueDate);
        String number = numbers.next(invoice.legalEntity(), SERIES, issueDate.getYear());
        CreditNoteId creditNoteId = CreditNoteId.newId();
        List<CreditedLine> lines = request.lines() == null ? List.of()
                : request.lines().stream().map(l -> new CreditedLine(l.lineNumber(), l.quantity())).toList();
        commands.send(new IssueCreditNote(new InvoiceId(invoiceId), creditNoteId, number, issueDate, request.reason(),
                lines, request.amount(), settings.taxRoundingOf(invoice.legalEntity())));
        return register.find(creditNoteId.value()).orElseThrow();
    }
}
