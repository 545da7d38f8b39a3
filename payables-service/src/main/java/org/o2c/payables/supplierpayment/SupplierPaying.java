package org.o2c.payables.supplierpayment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.payables.supplier.SupplierDirectory;
import org.o2c.payables.supplier.SupplierId;
import org.o2c.payables.supplier.SupplierView;
import org.o2c.payables.supplierinvoice.PaySupplierInvoice;
import org.o2c.payables.supplierinvoice.SupplierInvoiceId;
import org.o2c.payables.supplierinvoice.SupplierInvoiceRegister;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.period.ClosedPeriods;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Pays a supplier in one transaction: the invoices are locked against racing payments, each takes its item off
 * its open amount (and refuses what its rules forbid), then the payment records what was paid. If any item is
 * refused, nothing is paid.
 */
@ApplicationScoped
public class SupplierPaying {
    @Inject
    SupplierDirectory suppliers;
    @Inject
    SupplierInvoiceRegister invoices;
    @Inject
    SupplierPaymentRegister payments;
    @Inject
    Commands commands;
    @Inject
    ClosedPeriods closedPeriods;

    @Transactional
    public SupplierPaymentView pay(MakeSupplierPaymentRequest request, LegalEntityScope scope) {
        SupplierView supplier = scope.reveal(suppliers.find(request.supplierId()), SupplierView::legalEntity)
                .orElseThrow(() -> ProblemException.field(
                ProblemType.UNKNOWN_REFERENCE, "supplierId", "exists", "no supplier " + request.supplierId()));
        closedPeriods.refuseClosed("paymentDate", supplier.legalEntity(), request.paymentDate());
        List<SupplierPaymentItemRequest> items = request.items();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).supplierInvoiceId())) {
                throw new BusinessRuleViolation(field(i, "supplierInvoiceId"), "distinct",
                        "each supplier invoice appears once in a payment");
            }
        }
        Set<UUID> known = invoices.lockExisting(seen, scope);
        List<Violation> unknown = IntStream.range(0, items.size())
                .filter(i -> !known.contains(items.get(i).supplierInvoiceId()))
                .mapToObj(i -> new Violation(field(i, "supplierInvoiceId"), "exists",
                        "no supplier invoice " + items.get(i).supplierInvoiceId()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, unknown.size() == 1
                    ? unknown.get(0).field() + ": " + unknown.get(0).message()
                    : unknown.size() + " supplier invoices do not exist", unknown);
        }

        SupplierPaymentId paymentId = SupplierPaymentId.newId();
        SupplierId supplierId = new SupplierId(supplier.id());
        List<SupplierPaymentItem> paid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SupplierPaymentItemRequest item = items.get(i);
            try {
                paid.add(commands.send(new PaySupplierInvoice(new SupplierInvoiceId(item.supplierInvoiceId()),
                        supplierId, paymentId.value(), request.paymentDate(), item.amount())));
            } catch (ProblemException refused) {
                throw onItem(i, refused);
            }
        }
        commands.send(new MakeSupplierPayment(paymentId, supplierId, supplier.legalEntity(),
                Currency.getInstance(supplier.currency()), request.paymentDate(), paid));
        return payments.find(paymentId.value()).orElseThrow();
    }

    private static String field(int item, String field) {
        return "items[" + item + "]." + field;
    }

    /** The invoice's refusal, naming the item of the request it concerns. */
    private static ProblemException onItem(int item, ProblemException refused) {
        List<Violation> violations = new ArrayList<>();
        for (Violation v : refused.violations()) {
            violations.add(new Violation(field(item, v.field()), v.rule(), v.message()));
        }
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : refused.getMessage();
        return new ProblemException(refused.type(), detail, violations);
    }
}
