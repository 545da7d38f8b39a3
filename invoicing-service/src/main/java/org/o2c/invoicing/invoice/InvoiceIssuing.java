package org.o2c.invoicing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Currency;
import org.o2c.invoicing.customer.CustomerDirectory;
import org.o2c.invoicing.customer.CustomerView;
import org.o2c.invoicing.numbering.NumberSeries;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

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

    @Transactional
    public InvoiceView issue(IssueInvoiceRequest request) {
        CustomerView customer = customers.find(request.customerId()).orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "customerId", "exists", "no customer " + request.customerId()));
        if (request.currency() != null && !request.currency().equals(customer.currency())) {
            // a document in another currency needs its rate to the functional currency, which comes later
            throw new BusinessRuleViolation("currency", "customer-currency",
                    "invoices to this customer are issued in its billing currency " + customer.currency());
        }
        Currency currency = Currency.getInstance(customer.currency());
        LocalDate dueDate = request.issueDate().plusDays(customer.paymentTermsNetDays());
        String number = numbers.next(customer.legalEntity(), SERIES, request.issueDate().getYear());
        InvoiceId invoiceId = InvoiceId.newId();
        commands.send(new IssueInvoice(invoiceId, number, new CustomerId(customer.id()), customer.legalEntity(), currency,
                request.issueDate(), dueDate,
                request.lines().stream().map(l -> new LineItem(l.description(), l.quantity(), l.unitPrice(),
                        l.taxRate())).toList(),
                settings.taxRoundingOf(customer.legalEntity())));
        return register.find(invoiceId.value()).orElseThrow();
    }
}
