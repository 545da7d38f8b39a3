package org.o2c.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire name of a published event, such as {@code InvoiceIssued.v1}. It is what consumers see in
 * the {@code ce_type} header and what the event store records, so Java classes can be renamed or moved freely.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
