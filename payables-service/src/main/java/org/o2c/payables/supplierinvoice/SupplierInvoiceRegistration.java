package org.o2c.payables.supplierinvoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.o2c.payables.supplier.SupplierDirectory;
import org.o2c.payables.supplier.SupplierId;
import org.o2c.payables.supplier.SupplierView;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Registers a supplier invoice in one transaction: the supplier gives legal entity, currency and default due
 * date, the number is claimed for the supplier, and the aggregate checks the amounts. If anything fails, nothing
 * is stored and the number stays free.
 */
@ApplicationScoped
public class SupplierInvoiceRegistration {
    @Inject
    SupplierDirectory suppliers;
    @Inject
    SupplierInvoiceNumbers numbers;
    @Inject
    Commands commands;
    @Inject
    SupplierInvoiceRegister register;
    @Inject
    ClosedPeriods closedPeriods;

    @Transactional
    public SupplierInvoiceView register(RegisterSupplierInvoiceRequest request, String registeredBy,
                                        LegalEntityScope scope) {
        SupplierView supplier = scope.reveal(suppliers.find(request.supplierId()), SupplierView::legalEntity)
                .orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "supplierId", "exists", "no supplier " + request.supplierId()));
        if (!request.currency().equals(supplier.currency())) {
            // one currency per supplier until documents carry exchange rates
            throw new BusinessRuleViolation("currency", "supplier-currency",
                    "this supplier invoices in " + supplier.currency());
        }
        closedPeriods.refuseClosed("invoiceDate", supplier.legalEntity(), request.invoiceDate());
        LocalDate dueDate = request.dueDate() != null ? request.dueDate()
                : request.invoiceDate().plusDays(supplier.paymentTermsNetDays());
        SupplierInvoiceId id = SupplierInvoiceId.newId();
        Optional<UUID> holder = numbers.claim(supplier.id(), request.supplierInvoiceNumber(), id.value());
        if (holder.isPresent()) {
            throw ProblemException.field(ProblemType.CONFLICT, "supplierInvoiceNumber", "unique-per-supplier",
                    "this supplier's invoice " + request.supplierInvoiceNumber().strip()
                            + " is already registered as " + holder.get());
        }
        commands.send(new RegisterSupplierInvoice(id, new SupplierId(supplier.id()), request.supplierInvoiceNumber(),
                supplier.legalEntity(), Currency.getInstance(supplier.currency()), request.invoiceDate(), dueDate,
                request.netAmount(), request.taxAmount(), request.grossAmount(), registeredBy));
        return register.find(id.value()).orElseThrow();
    }
}
