package org.o2c.events;

/**
 * An event that leaves its service on Kafka. Every business fact belongs to one legal entity, which travels
 * in the {@code ce_legalentity} header so that dashboards and consumers can filter without reading the value.
 */
public interface PublishedEvent {
    String legalEntity();
}
