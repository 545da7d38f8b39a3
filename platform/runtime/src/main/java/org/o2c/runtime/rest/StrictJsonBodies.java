package org.o2c.runtime.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;
import org.o2c.runtime.json.RequestJson;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;
import org.o2c.runtime.problem.Violations;

/**
 * Reads every JSON request body of every service through {@link RequestJson}, in place of the framework's lenient
 * Jackson reader. When the body breaks rules of the JSON contract, the request's Bean Validation rules are checked
 * too and the answer lists both, so a client sees every violation of a request at once.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonBodies implements ServerMessageBodyReader<Object> {
    /** Largest JSON body taken, in bytes; a larger one is answered 413 without being read further. */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final RequestJson json;
    private final Validator validator;

    @Inject
    public StrictJsonBodies(ObjectMapper mapper, Validator validator) {
        this.json = new RequestJson(mapper);
        this.validator = validator;
    }

    /**
     * As a server reader, the framework hands it the body once it has arrived whole, instead of a stream that a
     * worker thread would block on while the event loop fills it.
     */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod,
                              MediaType mediaType) {
        return readable(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        return read(genericType, context.getInputStream());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return readable(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(genericType, entityStream);
    }

    private static boolean readable(Class<?> type) {
        return !type.isPrimitive() && type != String.class && type != byte[].class && !InputStream.class
                .isAssignableFrom(type);
    }

    private Object read(Type genericType, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + MAX_BODY_BYTES
                    + " bytes; send large sets in several batches");
        }
        RequestJson.Read<Object> read = json.read(body, genericType);
        if (read.violations().isEmpty()) {
            return read.value();
        }
        List<Violation> violations = new ArrayList<>(read.violations());
        if (read.value() != null) {
            Set<String> reported = new HashSet<>();
            read.violations().forEach(v -> reported.add(v.field()));
            for (ConstraintViolation<Object> v : validator.validate(read.value())) {
                Violation violation = Violations.of(v);
                // a field that broke the JSON contract is null now; its "required" would only repeat that
                if (!reported.contains(violation.field())) {
                    violations.add(violation);
                }
            }
        }
        throw Violations.problem(violations);
    }
}
