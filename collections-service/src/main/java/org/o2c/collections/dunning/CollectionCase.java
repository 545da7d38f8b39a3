package org.o2c.collections.dunning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.events.collections.DunningItem;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.money.Money;

/**
 * A customer's collection case: which dunning level each of its items has been chased at. It holds the rule that
 * no item is ever dunned twice at the same level: a letter goes out only when at least one item has reached a level
 * it was not dunned at before; the letter then lists all the customer's overdue items in that currency (what is
 * owed), each at the level its days past due reached, and takes the level of its oldest item.
 */
public class CollectionCase {
    @AggregateIdentifier
    private CustomerId customerId;
    /** Per invoice, the highest level it has been dunned at. */
    private final Map<UUID, Integer> dunnedLevels = new HashMap<>();

    protected CollectionCase() {
        // for Axon
    }

    /** Returns the ids of the letters issued: none when no item reached a new level. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<UUID> handle(DunCustomer command) {
        Map<String, List<OverdueItem>> byCurrency = command.items().stream()
                .collect(Collectors.groupingBy(OverdueItem::currency, TreeMap::new, Collectors.toList()));
        List<UUID> letters = new ArrayList<>();
        for (Map.Entry<String, List<OverdueItem>> currencyItems : byCurrency.entrySet()) {
            letter(command, currencyItems.getKey(), currencyItems.getValue()).ifPresent(letter -> {
                apply(letter);
                letters.add(letter.letterId());
            });
        }
        return letters;
    }

    private Optional<DunningLetterIssued> letter(DunCustomer command, String currencyCode, List<OverdueItem> items) {
        Currency currency = Currency.getInstance(currencyCode);
        List<DunningItem> listed = new ArrayList<>();
        boolean newLevelReached = false;
        Money total = Money.zero(currency);
        for (OverdueItem item : items.stream().sorted(Comparator.comparing(OverdueItem::dueDate)
                .thenComparing(OverdueItem::invoiceNumber)).toList()) {
            if (item.openAmount().signum() <= 0) {
                continue;
            }
            int daysPastDue = (int) ChronoUnit.DAYS.between(item.dueDate(), command.asOf());
            Optional<DunningLevel> level = command.policy().reachedAt(daysPastDue);
            if (level.isEmpty()) {
                continue;
            }
            Money open = Money.of(item.openAmount(), currency);
            listed.add(new DunningItem(item.invoiceId(), item.invoiceNumber(), item.dueDate(), daysPastDue,
                    open.amount(), level.get().level()));
            total = total.plus(open);
            newLevelReached |= level.get().level() > dunnedLevels.getOrDefault(item.invoiceId(), 0);
        }
        if (!newLevelReached) {
            return Optional.empty();
        }
        // the oldest item has the most days past due, hence the highest level
        int letterLevel = listed.stream().mapToInt(DunningItem::level).max().orElseThrow();
        return Optional.of(new DunningLetterIssued(letterId(command, currencyCode), command.dunningRunId(),
                command.customerId().value(), command.legalEntity(), currencyCode, command.asOf(), letterLevel,
                command.policy().level(letterLevel).name(), List.copyOf(listed), total.amount()));
    }

    /** One letter per run, customer and currency: its id follows from them, so a retried command cannot fork it. */
    private static UUID letterId(DunCustomer command, String currency) {
        return UUID.nameUUIDFromBytes((command.dunningRunId() + "/" + command.customerId() + "/" + currency)
                .getBytes(StandardCharsets.UTF_8));
    }

    @EventSourcingHandler
    void on(DunningLetterIssued event) {
        this.customerId = new CustomerId(event.customerId());
        for (DunningItem item : event.items()) {
            dunnedLevels.merge(item.invoiceId(), item.level(), Math::max);
        }
    }
}
