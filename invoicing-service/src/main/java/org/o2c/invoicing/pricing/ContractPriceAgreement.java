package org.o2c.invoicing.pricing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * The prices agreed with one customer, each for a product and a time: a product has at most one contract price on
 * any day. Each agreement replaces the one before, as the contract's price annex does.
 */
public class ContractPriceAgreement {
    @AggregateIdentifier
    private String agreementId;
    private int revision;

    protected ContractPriceAgreement() {
        // for Axon
    }

    /** The agreement of a customer (an identifier of its own: the customer's account is another aggregate). */
    public static String idOf(UUID customerId) {
        return "contract-prices:" + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AgreeContractPrices command) {
        PriceRules.onCurrentRevision(command.expectedRevision(), revision, "the contract prices are",
                "read them again and change those");
        Map<String, List<Validity>> byProduct = new HashMap<>();
        for (int i = 0; i < command.prices().size(); i++) {
            ContractPrice price = command.prices().get(i);
            String field = "prices[" + i + "].";
            Validity validity = Validity.of(price.validFrom(), price.validTo(), field);
            PriceRules.notNegative(price.unitPrice(), field + "unitPrice");
            List<Validity> before = byProduct.computeIfAbsent(price.product(), p -> new ArrayList<>());
            for (Validity other : before) {
                if (other.overlaps(validity)) {
                    throw new BusinessRuleViolation(field + "validFrom", "no-overlap", "product " + price.product()
                            + " has another contract price from " + other + "; one price holds on a day");
                }
            }
            before.add(validity);
        }
        apply(new ContractPricesAgreed(command.customerId(), command.legalEntity(), command.currency(), revision + 1,
                List.copyOf(command.prices())));
    }

    @EventSourcingHandler
    void on(ContractPricesAgreed event) {
        agreementId = idOf(event.customerId());
        revision = event.revision();
    }
}
