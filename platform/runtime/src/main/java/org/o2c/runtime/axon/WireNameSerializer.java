package org.o2c.runtime.axon;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventType;

/**
 * Axon's Jackson serializer, but a published event is stored under its wire name ({@code InvoiceIssued.v1})
 * rather than its Java class name, so that renaming or moving a class never breaks the stored history.
 */
public class WireNameSerializer extends JacksonSerializer {

    public WireNameSerializer(Builder builder) {
        super(builder);
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
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
