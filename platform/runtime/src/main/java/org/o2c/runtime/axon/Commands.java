package org.o2c.runtime.axon;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.o2c.runtime.security.CurrentRequest;

/**
 * Sends a command and waits for its result, stamped with the acting user and correlation id of the current
 * request, which Axon copies onto every event the command causes. The audit trail starts here.
 */
@ApplicationScoped
public class Commands {
    public static final String SYSTEM_USER = "system";

    @Inject
    CommandGateway gateway;
    @Inject
    CurrentRequest request;

    public <R> R send(Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData()));
    }

    private Map<String, String> metaData() {
        if (Arc.container().requestContext().isActive()) {
            return Map.of(RequestMetaData.ACTING_USER, request.actingUser(),
                    RequestMetaData.CORRELATION_ID, request.correlationId());
        }
        return Map.of(RequestMetaData.ACTING_USER, SYSTEM_USER);
    }
}
