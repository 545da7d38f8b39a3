package org.o2c.invoicing.pricing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * The price lists of one legal entity in one currency. On any day at most one of them holds, so that the price of a
 * product on an order's date is never a choice between two lists; within a list each product has one price. Every
 * publication and revision is an event, with the user who made it, for the audit trail.
 */
public class PriceBook {
    @AggregateIdentifier
    private String priceBookId;
    private String legalEntity;
    private String currency;
    private final Map<UUID, Listed> lists = new LinkedHashMap<>();

    private record Listed(String name, Validity validity, int revision) {
    }

    protected PriceBook() {
        // for Axon
    }

    /** The price book of a legal entity and currency. */
    public static String idOf(String legalEntity, String currency) {
        return "price-book:" + legalEntity + ":" + currency;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishPriceList command) {
        if (lists.containsKey(command.priceListId())) {
            return; // the same publication again
        }
        if (lists.values().stream().anyMatch(l -> l.name().equals(command.name()))) {
            throw new BusinessRuleViolation("name", "unique", "the legal entity has a price list named '"
                    + command.name() + "' in " + command.currency() + " already; revise it instead");
        }
        Validity validity = Validity.of(command.validFrom(), command.validTo(), "");
        refuseOverlap(command.priceListId(), validity);
        apply(new PriceListPublished(command.priceListId(), command.legalEntity(), command.currency(), command.name(),
                command.validFrom(), command.validTo(), checked(command.prices())));
    }

    @CommandHandler
    void handle(RevisePriceList command) {
        Listed listed = lists.get(command.priceListId());
        if (listed == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no price list " + command.priceListId());
        }
        PriceRules.onCurrentRevision(command.expectedRevision(), listed.revision(), "the price list is",
                "read it again and revise that");
        Validity validity = Validity.of(command.validFrom(), command.validTo(), "");
        refuseOverlap(command.priceListId(), validity);
        apply(new PriceListRevised(command.priceListId(), legalEntity, currency, listed.revision() + 1,
                command.validFrom(), command.validTo(), checked(command.prices())));
    }

    private void refuseOverlap(UUID priceListId, Validity validity) {
        lists.forEach((id, other) -> {
            if (!id.equals(priceListId) && other.validity().overlaps(validity)) {
                throw new BusinessRuleViolation("validFrom", "no-overlap", "price list '" + other.name()
                        + "' holds from " + other.validity() + "; only one price list of a legal entity and "
                        + "currency holds on a day");
            }
        });
    }

    /** Each product once, each price not negative. */
    private static List<ListedPrice> checked(List<ListedPrice> prices) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            ListedPrice price = prices.get(i);
            if (!seen.add(price.product())) {
                throw new BusinessRuleViolation("prices[" + i + "].product", "unique",
                        "product " + price.product() + " is priced twice on the list");
            }
            PriceRules.notNegative(price.unitPrice(), "prices[" + i + "].unitPrice");
        }
        return List.copyOf(prices);
    }

    @EventSourcingHandler
    void on(PriceListPublished event) {
        priceBookId = idOf(event.legalEntity(), event.currency());
        legalEntity = event.legalEntity();
        currency = event.currency();
        lists.put(event.priceListId(), new Listed(event.name(), new Validity(event.validFrom(), event.validTo()), 1));
    }

    @EventSourcingHandler
    void on(PriceListRevised event) {
        Listed before = lists.get(event.priceListId());
        lists.put(event.priceListId(), new Listed(before.name(), new Validity(event.validFrom(), event.validTo()),
                event.revision()));
    }
}
