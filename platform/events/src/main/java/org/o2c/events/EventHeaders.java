package org.o2c.events;

/** Kafka header names of the envelope: CloudEvents binary mode plus the platform's extensions. */
public final class EventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String LEGAL_ENTITY = "ce_legalentity";
    public static final String ACTING_USER = "ce_actinguser";

    private EventHeaders() {
    }
}
