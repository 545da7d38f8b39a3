package org.o2c.runtime.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.o2c.runtime.axon.RequestMetaData;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * Reads a document's history from the event store, which is the audit trail (ARCHITECTURE): the events of the
 * aggregate that holds the document, in sequence, with the acting user and correlation id every command put on
 * them. A document that lives inside a larger aggregate (a payment in its customer's account, a credit note on its
 * invoice) gets the events of that aggregate that name it. One indexed read of the aggregate's rows.
 */
@ApplicationScoped
public class DocumentHistory {
    /** What every history operation says of itself. */
    public static final String DESCRIPTION = """
            The document's audit trail: every event that created or changed it, oldest first, each with when it was \
            recorded, the acting user, the correlation id of the request that caused it and the event's fields (what \
            changed). Read from the event store, which is the record; readable by whoever may read the document.""";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final Pattern WIRE_NAME = Pattern.compile("[A-Za-z]+\\.v[0-9]+");
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    /** Every event of the aggregate {@code aggregateId}. */
    public DocumentHistoryView of(UUID aggregateId) {
        return new DocumentHistoryView(aggregateId, read(aggregateId, null));
    }

    /** The events of the aggregate {@code aggregateId} that name {@code documentId} in one of their fields. */
    public DocumentHistoryView of(UUID documentId, UUID aggregateId) {
        return new DocumentHistoryView(documentId, read(aggregateId, documentId.toString()));
    }

    private List<HistoryEntry> read(UUID aggregateId, String mentioning) {
        return Snapshot.read(dataSource, c -> {
            List<HistoryEntry> entries = new ArrayList<>();
            // within the aggregate's rows (its index), only those whose payload names the document are decoded
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT sequencenumber, payloadtype, timestamp, payload, metadata FROM domainevententry
                    WHERE aggregateidentifier = ? AND position(? IN convert_from(payload, 'UTF8')) > 0
                    ORDER BY sequencenumber""")) {
                select.setString(1, aggregateId.toString());
                select.setString(2, mentioning == null ? "" : mentioning);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        JsonNode payload = json.readTree(new String(row.getBytes("payload"), StandardCharsets.UTF_8));
                        if (mentioning != null && !mentions(payload, mentioning)) {
                            continue;
                        }
                        JsonNode metadata = json.readTree(new String(row.getBytes("metadata"), StandardCharsets.UTF_8));
                        entries.add(new HistoryEntry(row.getLong("sequencenumber"), name(row.getString("payloadtype")),
                                Instant.parse(row.getString("timestamp")),
                                text(metadata, RequestMetaData.ACTING_USER),
                                text(metadata, RequestMetaData.CORRELATION_ID), json.convertValue(payload, FIELDS)));
                    }
                }
            }
            return entries;
        });
    }

    /** Whether a field of the event, at any depth, holds the id. */
    private static boolean mentions(JsonNode node, String id) {
        if (node.isTextual()) {
            return node.asText().equals(id);
        }
        for (JsonNode child : node) {
            if (mentions(child, id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event is stored under its logical name ({@code @EventType}); one stored before its class had a name, under
     * the class, is shown by the class's simple name.
     */
    static String name(String storedType) {
        return WIRE_NAME.matcher(storedType).matches() ? storedType
                : storedType.substring(storedType.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
