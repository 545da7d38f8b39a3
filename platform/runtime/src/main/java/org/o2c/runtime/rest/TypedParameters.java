package org.o2c.runtime.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads dates, ids, booleans and enumerated values in query and header parameters. A value that does not parse is the
 * caller's mistake and gets a 400 naming the parameter, not the 404 that JAX-RS would otherwise answer.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "date", "must be an ISO 8601 date such as 2026-06-30",
                    LocalDate::parse);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "uuid", "must be a UUID", UUID::fromString);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "boolean", "must be true or false", value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(value);
            });
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) rawType);
        }
        return null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ParamConverter<?> enumConverter(String name, Class<? extends Enum> type) {
        return converter(name, "one-of", "must be one of " + Arrays.toString(type.getEnumConstants()),
                value -> Enum.valueOf(type, value));
    }

    private static <T> ParamConverter<T> converter(String name, String rule, String message, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new InvalidParameter(name, rule, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
