package org.o2c.events;

import java.time.Instant;

/**
 * A published event as a consumer receives it: the CloudEvents attributes from the headers and the decoded value.
 *
 * @param id            the event's unique id; consumers record it to take each event once
 * @param type          the wire type, e.g. {@code InvoiceIssued.v1}
 * @param source        the publishing service, e.g. {@code /o2c/invoicing}
 * @param subject       the aggregate id, also the Kafka key
 * @param time          when the event was stored
 * @param sequence      the event's position in its aggregate's history
 * @param correlationId the id shared by everything one request caused
 * @param causationId   the id of the command that caused this event
 * @param actingUser    the user whose request caused the event
 * @param payload       the event record
 */
public record EventEnvelope<T>(String id, String type, String source, String subject, Instant time, long sequence,
                               String correlationId, String causationId, String legalEntity, String actingUser,
                               T payload) {
}
