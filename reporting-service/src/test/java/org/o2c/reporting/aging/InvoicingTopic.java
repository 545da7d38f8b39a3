package org.o2c.reporting.aging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records onto o2c.invoicing.events exactly as the wire contract says (JSON value, CloudEvents headers),
 * so the reporting tests exercise the contract rather than the publisher's code.
 */
final class InvoicingTopic implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    InvoicingTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    String customerRegistered(UUID customerId, String name, String legalEntity, String currency) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, "CustomerRegistered.v1", customerId, legalEntity, """
                {"customerId":"%s","name":"%s","legalEntity":"%s","currency":"%s","paymentTermsNetDays":30}"""
                .formatted(customerId, name, legalEntity, currency));
        return eventId;
    }

    /** Publishes an InvoiceIssued.v1 and returns its event id. */
    String invoiceIssued(UUID customerId, String legalEntity, String currency, LocalDate issueDate, LocalDate dueDate,
                         String gross) {
        String eventId = UUID.randomUUID().toString();
        UUID invoiceId = UUID.randomUUID();
        invoiceIssued(eventId, invoiceId, customerId, legalEntity, currency, issueDate, dueDate, gross);
        return eventId;
    }

    void invoiceIssued(String eventId, UUID invoiceId, UUID customerId, String legalEntity, String currency,
                       LocalDate issueDate, LocalDate dueDate, String gross) {
        send(eventId, "InvoiceIssued.v1", invoiceId, legalEntity, """
                {"invoiceId":"%s","invoiceNumber":"INV-%d-%s","customerId":"%s","legalEntity":"%s","currency":"%s",
                 "issueDate":"%s","dueDate":"%s","lines":[],"taxSubtotals":[],
                 "netAmount":"%s","taxAmount":"0.00","grossAmount":"%s"}"""
                .formatted(invoiceId, issueDate.getYear(), invoiceId.toString().substring(0, 6), customerId,
                        legalEntity, currency, issueDate, dueDate, gross, gross));
    }

    private void send(String eventId, String type, UUID subject, String legalEntity, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>("o2c.invoicing.events", subject.toString(), json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/o2c/invoicing");
        header(record, "ce_subject", subject.toString());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_legalentity", legalEntity);
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
