package org.o2c.collections.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.collections.ledger.OpenItem;
import org.o2c.collections.ledger.OpenItems;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/** Opens and resolves disputes against the open items the ledger reported. */
@ApplicationScoped
public class DisputeHandling {
    @Inject
    OpenItems openItems;
    @Inject
    Disputes disputes;
    @Inject
    Commands commands;
    @Inject
    Clock clock;

    @Transactional
    public DisputeView open(OpenDisputeRequest request, LegalEntityScope scope) {
        OpenItem item = scope.reveal(openItems.find(request.invoiceId()), OpenItem::legalEntity)
                .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "invoiceId", "exists",
                        "no open item for invoice " + request.invoiceId()));
        disputes.openDisputeOf(item.invoiceId()).ifPresent(open -> {
            throw new BusinessRuleViolation("invoiceId", "one-open-dispute",
                    "the invoice is already disputed (dispute " + open + "); resolve that one first");
        });
        DisputeId id = DisputeId.newId();
        commands.send(new OpenDispute(id, item.invoiceId(), item.invoiceNumber(), new CustomerId(item.customerId()),
                item.legalEntity(), item.currency(), request.reasonCode(), request.amount(), item.openAmount(),
                request.note(), LocalDate.now(clock)));
        return disputes.find(id.value()).orElseThrow();
    }

    @Transactional
    public DisputeView resolve(UUID disputeId, ResolveDisputeRequest request, LegalEntityScope scope) {
        if (scope.reveal(disputes.find(disputeId), DisputeView::legalEntity).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no dispute " + disputeId);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        commands.send(new ResolveDispute(new DisputeId(disputeId), request.resolution(), note, LocalDate.now(clock)));
        return disputes.find(disputeId).orElseThrow();
    }
}
