package org.o2c.runtime.axon;

import static org.axonframework.common.ReflectionUtils.ensureAccessible;
import static org.axonframework.common.ReflectionUtils.fieldsOf;
import static org.axonframework.common.ReflectionUtils.getFieldValue;
import static org.axonframework.common.ReflectionUtils.methodsOf;
import static org.axonframework.common.annotation.AnnotationUtils.isAnnotationPresent;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's target aggregate as Axon's annotation resolver does ({@link TargetAggregateIdentifier} and
 * {@link TargetAggregateVersion} on a method, else on a field), but looks the annotated members up once per command
 * type instead of by reflection on every command.
 */
final class CachedCommandTargetResolver implements CommandTargetResolver {
    private record Target(Function<Object, Object> identifier, Function<Object, Object> version) {
    }

    private final Map<Class<?>, Target> targets = new ConcurrentHashMap<>();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Target target = targets.computeIfAbsent(payload.getClass(),
                type -> new Target(reader(type, TargetAggregateIdentifier.class), reader(type, TargetAggregateVersion.class)));
        Object identifier = target.identifier().apply(payload);
        if (identifier == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate. Make sure "
                    + "at least one of the fields or methods in the [" + payload.getClass().getSimpleName()
                    + "] class contains the @TargetAggregateIdentifier annotation and that it returns a non-null value.");
        }
        return new VersionedAggregateIdentifier(identifier, version(target.version().apply(payload)));
    }

    private static Long version(Object version) {
        if (version == null || version instanceof Long) {
            return (Long) version;
        }
        if (version instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(version.toString());
    }

    /** Reads the value of the member carrying the annotation: a method first, else a field; none reads null. */
    private static Function<Object, Object> reader(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : methodsOf(type)) {
            if (isAnnotationPresent(method, annotation)) {
                Method accessible = ensureAccessible(method);
                return payload -> {
                    try {
                        return accessible.invoke(payload);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalArgumentException("could not read @" + annotation.getSimpleName()
                                + " of " + type.getSimpleName(), e);
                    }
                };
            }
        }
        for (Field field : fieldsOf(type)) {
            if (isAnnotationPresent(field, annotation)) {
                return payload -> getFieldValue(field, payload);
            }
        }
        return payload -> null;
    }
}
