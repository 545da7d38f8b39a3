package org.o2c.collections.promise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.o2c.collections.ledger.OpenItem;
import org.o2c.collections.ledger.OpenItems;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/** Records a promise after checking that its invoices are the customer's, in one currency. */
@ApplicationScoped
public class PromiseRecording {
    @Inject
    OpenItems openItems;
    @Inject
    Promises promises;
    @Inject
    Commands commands;
    @Inject
    Clock clock;

    @Transactional
    public PromiseView record(RecordPromiseRequest request, LegalEntityScope scope) {
        List<UUID> invoiceIds = request.invoiceIds().stream().distinct().toList();
        Map<UUID, OpenItem> items = openItems.findAll(invoiceIds).stream()
                .filter(item -> scope.covers(item.legalEntity()))
                .collect(Collectors.toMap(OpenItem::invoiceId, Function.identity()));
        for (int i = 0; i < request.invoiceIds().size(); i++) {
            UUID invoiceId = request.invoiceIds().get(i);
            OpenItem item = items.get(invoiceId);
            String field = "invoiceIds[" + i + "]";
            if (item == null) {
                throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, field, "exists",
                        "no open item for invoice " + invoiceId);
            }
            if (!item.customerId().equals(request.customerId())) {
                throw new BusinessRuleViolation(field, "customers-invoice",
                        "invoice " + item.invoiceNumber() + " is not this customer's");
            }
        }
        List<String> currencies = items.values().stream().map(OpenItem::currency).distinct().toList();
        if (currencies.size() > 1) {
            throw new BusinessRuleViolation("invoiceIds", "one-currency",
                    "a promise covers invoices of one currency; these are in " + currencies);
        }
        OpenItem first = items.get(invoiceIds.get(0));
        PromiseId id = PromiseId.newId();
        commands.send(new RecordPromise(id, new CustomerId(request.customerId()), first.legalEntity(),
                first.currency(), request.amount(), request.promisedDate(), invoiceIds, LocalDate.now(clock)));
        return promises.find(id.value()).orElseThrow();
    }
}
