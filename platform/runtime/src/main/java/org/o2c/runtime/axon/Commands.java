package org.o2c.runtime.axon;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.o2c.events.EventEnvelope;
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

    /**
     * Sends a command that another service's event caused: the events it causes carry that event's acting user and
     * correlation id, and the event's id as their causation id, so the audit trail follows one request across
     * services.
     */
    public <R> R sendCausedBy(Object command, EventEnvelope<?> cause) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(RequestMetaData.ACTING_USER, cause.actingUser() != null ? cause.actingUser() : SYSTEM_USER);
        metaData.put(RequestMetaData.CORRELATION_ID, cause.correlationId() != null ? cause.correlationId() : cause.id());
        metaData.put(RequestMetaData.CAUSATION_ID, cause.id());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * Runs work that sends several commands as one unit of work: the events of all of them are stored in one batch
     * and handed to the service's projections together when the work ends, instead of once per command. A command
     * that fails fails the whole work, and nothing of it is stored. Must run inside a transaction. Projections have
     * not seen the work's events until it returns, so the work must not read what they write.
     */
    public <T> T together(Supplier<T> work) {
        if (CurrentUnitOfWork.isStarted()) {
            return work.get();
        }
        ResultMessage<T> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work::get);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
        return result.getPayload();
    }

    /** {@link #together(Supplier)} for work without a result. */
    public void together(Runnable work) {
        together(() -> {
            work.run();
            return null;
        });
    }

    private Map<String, String> metaData() {
        if (Arc.container().requestContext().isActive()) {
            return Map.of(RequestMetaData.ACTING_USER, request.actingUser(),
                    RequestMetaData.CORRELATION_ID, request.correlationId());
        }
        return Map.of(RequestMetaData.ACTING_USER, SYSTEM_USER);
    }
}
