package org.o2c.runtime.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * A request with a body states what it is. Bodies are JSON in UTF-8 ({@code Content-Type: application/json}, with
 * no charset or {@code charset=utf-8}); an operation that takes files (a bank statement) declares the types it
 * takes with {@code @Consumes}, and a body must be one of them. Anything else, a body without a Content-Type too,
 * is refused with 415 before it is read, instead of being guessed at.
 */
public class JsonOnly {

    @ServerRequestFilter
    public void requireDeclaredType(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/") || !hasBody(request)) {
            return;
        }
        List<MediaType> files = fileTypes(resource);
        MediaType type = request.getMediaType();
        if (type == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "a body needs 'Content-Type: " + (files.isEmpty() ? MediaType.APPLICATION_JSON : files) + "'");
        }
        if (!files.isEmpty()) {
            if (files.stream().noneMatch(f -> f.isCompatible(type)) || type.isWildcardType()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "this operation takes a body of type " + files + ", not " + type);
            }
            return;
        }
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "bodies are JSON ('Content-Type: application/json'), not " + type);
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "JSON bodies are UTF-8; charset " + charset + " is not taken");
        }
    }

    /** The types other than JSON that the operation declares it takes; empty for a JSON operation. */
    private static List<MediaType> fileTypes(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return List.of();
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            return List.of();
        }
        return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).map(MediaType::valueOf)
                .filter(t -> !t.isCompatible(MediaType.APPLICATION_JSON_TYPE)).toList();
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
