package org.o2c.runtime.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries who asked and which request it belongs to from a command onto every event it causes: the acting
 * user, the correlation id shared by the whole request, and the causing command's id (or, for a command that an
 * event of another service caused, that event's id).
 */
public class RequestMetaData implements CorrelationDataProvider {
    public static final String ACTING_USER = "actingUser";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object user = message.getMetaData().get(ACTING_USER);
        if (user != null) {
            data.put(ACTING_USER, user);
        }
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        // a command caused by another service's event names that event; one sent by a request is the cause itself
        data.put(CAUSATION_ID, message.getMetaData().getOrDefault(CAUSATION_ID, message.getIdentifier()));
        return data;
    }

    static List<CorrelationDataProvider> providers() {
        return List.of(new RequestMetaData());
    }
}
