package org.o2c.runtime.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/**
 * Refuses a request line longer than {@value #MAX_REQUEST_LINE} characters (414), headers larger than
 * {@value #MAX_HEADERS} bytes (431) or a body announced larger than {@value #MAX_BODY} bytes (413) with a problem,
 * before anything else reads the request. The HTTP server's own limits lie above these ({@code quarkus.http.limits}:
 * 32 KiB, 64 KiB and 40 MiB), because what it refuses itself it answers in plain text, below any hook of the
 * framework. Operations keep lower limits of their own (JSON bodies 8 MiB, bank files as configured).
 */
@ApplicationScoped
public class RequestSizeLimits {
    public static final int MAX_REQUEST_LINE = 8192;
    public static final int MAX_HEADERS = 16384;
    public static final long MAX_BODY = 32L * 1024 * 1024;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() + context.request().method().name().length() > MAX_REQUEST_LINE) {
            refuse(context, ProblemType.URI_TOO_LONG, "path and query", "max-length",
                    "the request line may have at most " + MAX_REQUEST_LINE + " characters");
            return;
        }
        if (size(context.request().headers()) > MAX_HEADERS) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "headers", "max-size",
                    "the headers may have at most " + MAX_HEADERS + " bytes together");
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,18}") && Long.parseLong(length.strip()) > MAX_BODY) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "body", "max-size",
                    "a request body may have at most " + MAX_BODY + " bytes");
            return;
        }
        context.next();
    }

    private static int size(MultiMap headers) {
        int bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void refuse(RoutingContext context, ProblemType type, String field, String rule, String message) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), message, null,
                List.of(new Violation(field, rule, message)));
        try {
            context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.fail(e);
        }
    }
}
