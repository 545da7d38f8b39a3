package org.o2c.invoicing.pricing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.o2c.invoicing.customer.CustomerDirectory;
import org.o2c.invoicing.customer.CustomerView;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/** Publishes and revises price lists, and agrees customers' contract prices, for the caller's legal entities. */
@Singleton
public class PricePublishing {
    @Inject
    Commands commands;
    @Inject
    PriceAgreements agreements;
    @Inject
    CustomerDirectory customers;

    public PriceListView publish(PriceListRequest request, LegalEntityScope scope) {
        scope.require("legalEntity", request.legalEntity());
        UUID id = TimeOrderedIds.next();
        commands.send(new PublishPriceList(PriceBook.idOf(request.legalEntity(), request.currency()), id,
                request.legalEntity(), request.currency(), request.name().strip(), request.validFrom(),
                request.validTo(), request.listed()));
        return agreements.priceList(id).orElseThrow();
    }

    /** @param ifMatch the revision last read, as its ETag; null replaces whatever is current */
    public PriceListView revise(UUID id, String ifMatch, PriceListRevisionRequest request, LegalEntityScope scope) {
        PriceListView current = priceList(id, scope);
        commands.send(new RevisePriceList(PriceBook.idOf(current.legalEntity(), current.currency()), id,
                revision(ifMatch), request.validFrom(), request.validTo(), request.listed()));
        return agreements.priceList(id).orElseThrow();
    }

    public PriceListView priceList(UUID id, LegalEntityScope scope) {
        return scope.reveal(agreements.priceList(id), PriceListView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no price list " + id));
    }

    /** @param ifMatch the revision last read, as its ETag; null replaces whatever is current */
    public ContractPricesView agree(UUID customerId, String ifMatch, ContractPricesRequest request,
                                    LegalEntityScope scope) {
        CustomerView customer = customer(customerId, scope);
        commands.send(new AgreeContractPrices(ContractPriceAgreement.idOf(customerId), customerId,
                customer.legalEntity(), customer.currency(), revision(ifMatch), request.agreed()));
        return agreements.contractPrices(customerId, customer.legalEntity(), customer.currency());
    }

    public ContractPricesView contractPrices(UUID customerId, LegalEntityScope scope) {
        CustomerView customer = customer(customerId, scope);
        return agreements.contractPrices(customerId, customer.legalEntity(), customer.currency());
    }

    public AgreedPriceView agreedPrice(UUID customerId, String product, java.time.LocalDate on,
                                       LegalEntityScope scope) {
        CustomerView customer = customer(customerId, scope);
        return agreements.agreedPrice(customerId, customer.legalEntity(), customer.currency(), product, on)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no contract price and no price "
                        + "list of " + customer.legalEntity() + " in " + customer.currency() + " prices " + product
                        + " on " + on));
    }

    private CustomerView customer(UUID customerId, LegalEntityScope scope) {
        return scope.reveal(customers.find(customerId), CustomerView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no customer " + customerId));
    }

    /** The revision an If-Match names ("3" or 3), or null for none or "*". */
    private static Integer revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.field(ProblemType.PRECONDITION_FAILED, "If-Match", "current-version",
                    "If-Match " + ifMatch + " names no revision; send the ETag last read, e.g. \"1\"");
        }
    }
}
