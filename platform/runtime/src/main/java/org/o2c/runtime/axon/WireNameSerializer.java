package org.o2c.runtime.axon;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventType;

/**
 * Axon's Jackson serializer, but an event is stored under its logical name ({@code @EventType}, e.g.
 * {@code InvoiceIssued.v1} for a published event, {@code CreditLimitRaiseRequested.v1} for one internal to its
 * service) rather than its Java class name, so that renaming or moving a class never breaks the stored history.
 * Events stored under a class name before their class had a logical name are still read.
 */
public class WireNameSerializer extends JacksonSerializer {
    private final Map<String, Class<?>> internalEvents;

    /** @param internalEvents the service's events that are not published, each with its {@code @EventType} */
    public WireNameSerializer(Builder builder, Collection<Class<?>> internalEvents) {
        super(builder);
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> event : internalEvents) {
            String name = EventCatalog.typeOf(event);
            if (EventCatalog.classFor(name).isPresent() || byName.putIfAbsent(name, event) != null) {
                throw new IllegalStateException("two event classes are named " + name);
            }
        }
        this.internalEvents = Map.copyOf(byName);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null && type.isAnnotationPresent(EventType.class)) {
            return new SimpleSerializedType(EventCatalog.typeOf(type), null);
        }
        return super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return EventCatalog.classFor(serializedType.getName())
                .<Class<?>>map(c -> c)
                .or(() -> Optional.ofNullable(internalEvents.get(serializedType.getName())))
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
