package org.o2c.invoicing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.o2c.invoicing.customer.CustomerDirectory;
import org.o2c.invoicing.customer.CustomerView;
import org.o2c.invoicing.numbering.NumberSeries;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Issues an invoice in one transaction: the customer's terms give the due date, the number series the next
 * number, and the invoice aggregate checks the lines and computes the amounts. If anything fails, nothing is
 * stored and the number is not used.
 */
@ApplicationScoped
public class InvoiceIssuing {
    public static final String SERIES = "INV";

    @Inject
    CustomerDirectory customers;
    @Inject
    NumberSeries numbers;
    @Inject
    Commands commands;
    @Inject
    InvoiceRegister register;
    @Inject
    InvoicingSettings settings;
    @Inject
    ClosedPeriods closedPeriods;
    @Inject
    Clock clock;

    @Transactional
    public InvoiceView issue(IssueInvoiceRequest request, LegalEntityScope scope) {
        CustomerView customer = scope.reveal(customers.find(request.customerId()), CustomerView::legalEntity)
                .orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "customerId", "exists", "no customer " + request.customerId()));
        notInFuture("issueDate", request.issueDate());
        closedPeriods.refuseClosed("issueDate", customer.legalEntity(), request.issueDate());
        String number = numbers.next(customer.legalEntity(), SERIES, request.issueDate().getYear());
        InvoiceId invoiceId = InvoiceId.newId();
        commands.send(command(invoiceId, number, customer, request));
        return register.find(invoiceId.value()).orElseThrow();
    }

    /**
     * Issues several invoices in one transaction, all or nothing: one query for the customers, one block of numbers
     * per legal entity and year (in the order of the request), and the events of all invoices stored in one batch.
     * A problem in one invoice names its place in the request, e.g. {@code invoices[3].lines[0].quantity}. A
     * customer of a legal entity outside the scope is unknown, as in {@link #issue}.
     */
    @Transactional
    public List<IssuedInvoice> issueAll(List<IssueInvoiceRequest> requests, LegalEntityScope scope) {
        Map<UUID, CustomerView> found = customers.findAll(
                requests.stream().map(IssueInvoiceRequest::customerId).collect(Collectors.toSet()));
        // series rows are locked in one fixed order (legal entity, then year), so two batches never deadlock
        Map<String, Map<Integer, List<Integer>>> bySeries = new TreeMap<>();
        List<ClosedPeriods.Dated> dates = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            IssueInvoiceRequest request = requests.get(i);
            CustomerView customer = found.get(request.customerId());
            if (customer == null || !scope.covers(customer.legalEntity())) {
                throw ProblemException.field(ProblemType.UNKNOWN_REFERENCE, at(i) + ".customerId", "exists",
                        "no customer " + request.customerId());
            }
            notInFuture(at(i) + ".issueDate", request.issueDate());
            dates.add(new ClosedPeriods.Dated(at(i) + ".issueDate", customer.legalEntity(), request.issueDate()));
            bySeries.computeIfAbsent(customer.legalEntity(), le -> new TreeMap<>())
                    .computeIfAbsent(request.issueDate().getYear(), year -> new ArrayList<>()).add(i);
        }
        closedPeriods.refuseAnyClosed(dates);
        String[] assigned = new String[requests.size()];
        bySeries.forEach((legalEntity, years) -> years.forEach((year, indexes) -> {
            List<String> block = numbers.block(legalEntity, SERIES, year, indexes.size());
            for (int k = 0; k < indexes.size(); k++) {
                assigned[indexes.get(k)] = block.get(k);
            }
        }));
        List<UUID> ids = commands.together(() -> {
            List<UUID> issued = new ArrayList<>(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                IssueInvoiceRequest request = requests.get(i);
                InvoiceId invoiceId = InvoiceId.newId();
                try {
                    commands.send(command(invoiceId, assigned[i], found.get(request.customerId()), request));
                } catch (ProblemException e) {
                    throw e.within(at(i));
                }
                issued.add(invoiceId.value());
            }
            return issued;
        });
        return register.issued(ids);
    }

    /**
     * An invoice is issued on or before today: dated later, the ledger, the aging and the credit exposure would
     * count it from different days.
     */
    private void notInFuture(String field, LocalDate issueDate) {
        LocalDate today = LocalDate.now(clock);
        if (issueDate.isAfter(today)) {
            throw new BusinessRuleViolation(field, "not-in-future", "an invoice is issued on or before today ("
                    + today + ")");
        }
    }

    private IssueInvoice command(InvoiceId invoiceId, String number, CustomerView customer,
                                 IssueInvoiceRequest request) {
        if (request.currency() != null && !request.currency().equals(customer.currency())) {
            // a document in another currency needs its rate to the functional currency, which comes later
            throw new BusinessRuleViolation("currency", "customer-currency",
                    "invoices to this customer are issued in its billing currency " + customer.currency());
        }
        Currency currency = Currency.getInstance(customer.currency());
        LocalDate dueDate = request.issueDate().plusDays(customer.paymentTermsNetDays());
        return new IssueInvoice(invoiceId, number, new CustomerId(customer.id()), customer.legalEntity(), currency,
                request.issueDate(), dueDate,
                request.lines().stream().map(l -> new LineItem(l.description(), l.quantity(), l.unitPrice(),
                        l.taxRate())).toList(),
                settings.taxRoundingOf(customer.legalEntity()),
                request.earlyPaymentDiscount() == null ? null : new DiscountTerms(
                        request.earlyPaymentDiscount().percent(), request.earlyPaymentDiscount().days()));
    }

    private static String at(int index) {
        return "invoices[" + index + "]";
    }
}
