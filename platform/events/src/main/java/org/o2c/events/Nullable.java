package org.o2c.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a published event that may be null. Without it, ids, amounts, dates, currency, legal entity,
 * lists and nested records are required: a consumer rejects an event that lacks one (free text may be absent).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Nullable {
}
