package org.o2c.runtime.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's correlation id, or gives one, and returns it on every response. */
public class CorrelationFilter {
    @Inject
    CurrentRequest request;

    @ServerRequestFilter
    public void correlate(ContainerRequestContext context) {
        request.correlateWith(context.getHeaderString(CurrentRequest.CORRELATION_HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(CurrentRequest.CORRELATION_HEADER, request.correlationId());
    }
}
