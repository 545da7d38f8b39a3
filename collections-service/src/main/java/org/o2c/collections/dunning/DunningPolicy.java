package org.o2c.collections.dunning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The dunning levels of one legal entity. Kept as an event-sourced aggregate so that every change of policy is in
 * the audit trail with the user who made it.
 */
public class DunningPolicy {
    @AggregateIdentifier
    private String legalEntity;

    protected DunningPolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetDunningPolicy command) {
        DunningLevels checked = new DunningLevels(command.levels());
        apply(new DunningPolicySet(command.legalEntity(), checked.levels()));
    }

    @EventSourcingHandler
    void on(DunningPolicySet event) {
        this.legalEntity = event.legalEntity();
    }
}
