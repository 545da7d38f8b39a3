package org.o2c.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;

/** Every published event type, by wire name. A consumer decodes a record only through this catalog. */
public final class EventCatalog {

    private static final Map<String, Class<? extends PublishedEvent>> BY_TYPE = Stream.of(
                    CustomerRegistered.class,
                    InvoiceIssued.class)
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<Class<? extends PublishedEvent>> classFor(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static String typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType: it is not a published event");
        }
        return type.value();
    }

    public static boolean isPublished(Class<?> eventClass) {
        return eventClass.isAnnotationPresent(EventType.class) && BY_TYPE.containsKey(typeOf(eventClass));
    }
}
