package org.o2c.runtime.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/** Takes the caller's correlation id, or gives one, and returns it on every response. */
public class CorrelationFilter {
    @Inject
    CurrentRequest request;

    /**
     * A correlation id goes into every event the request causes, so only a plain token is taken: 1 to 100 letters,
     * digits, '.', '_', ':' or '-'. Anything else is refused rather than stored.
     */
    @ServerRequestFilter
    public void correlate(ContainerRequestContext context) {
        String given = context.getHeaderString(CurrentRequest.CORRELATION_HEADER);
        if (given != null && !CurrentRequest.CORRELATION_ID.matcher(given).matches()) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, CurrentRequest.CORRELATION_HEADER, "pattern",
                    "must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        request.correlateWith(given);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(CurrentRequest.CORRELATION_HEADER, request.correlationId());
    }
}
