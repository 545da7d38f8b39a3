package org.o2c.collections.dispute;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Turns the deductions cash application raises (a customer paid an invoice short by more than may be written off)
 * into disputes with reason {@code SHORT_PAYMENT}, for a collector to clear up; while open, the invoice is not
 * dunned. The dispute takes the deduction's id, so a deduction opens at most one dispute; an invoice already in
 * dispute keeps that one. Runs in the consumer's transaction with the record of each event id.
 */
@Singleton
public class DeductionDisputes implements EventConsumer {
    public static final String SHORT_PAYMENT = "SHORT_PAYMENT";
    private static final Logger LOG = Logger.getLogger(DeductionDisputes.class);

    @Inject
    Disputes disputes;
    @Inject
    Commands commands;

    @Override
    public String name() {
        return "deductions";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payments"));
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            if (event.payload() instanceof DeductionRaised deduction) {
                open(deduction, event);
            }
        }
    }

    private void open(DeductionRaised deduction, EventEnvelope<?> event) {
        if (disputes.find(deduction.deductionId()).isPresent()) {
            return;
        }
        var open = disputes.openDisputeOf(deduction.invoiceId());
        if (open.isPresent()) {
            LOG.infof("deduction %s on invoice %s: the invoice is already in dispute %s", deduction.deductionId(),
                    deduction.invoiceNumber(), open.get());
            return;
        }
        commands.sendCausedBy(new OpenDispute(new DisputeId(deduction.deductionId()), deduction.invoiceId(),
                deduction.invoiceNumber(), new CustomerId(deduction.customerId()), deduction.legalEntity(),
                deduction.currency(), SHORT_PAYMENT, deduction.amount(), deduction.invoiceOpenAmount(),
                "short payment: " + deduction.reason(), deduction.raisedOn()), event);
    }
}
