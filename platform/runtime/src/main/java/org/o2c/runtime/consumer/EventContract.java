package org.o2c.runtime.consumer;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * The shape every consumed event must have, whoever wrote it to the topic: ids, amounts, dates, currency, legal
 * entity, lists and nested records present unless the contract marks them {@link Nullable}; amounts within the
 * platform's magnitude (at most 15 digits before the point and 6 after); dates within the years 1900 to 2199;
 * currency an ISO 4217 code of money; text without NUL. A consumer takes no event that breaks it: it is rejected
 * with the reason, and the events after it flow.
 */
public final class EventContract {
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    private static final Pattern LEGAL_ENTITY = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** Every way the event breaks its contract, e.g. {@code grossAmount: is required}; empty when it keeps it. */
    public static List<String> violations(PublishedEvent event) {
        List<String> violations = new ArrayList<>();
        if (event instanceof Record record) {
            check(record, "", violations);
        }
        return violations;
    }

    private static void check(Record record, String at, List<String> violations) {
        for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(),
                Class::getRecordComponents)) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String field = at + component.getName();
            if (value == null) {
                if (required(component)) {
                    violations.add(field + ": is required");
                }
                continue;
            }
            checkValue(component.getName(), value, field, violations);
        }
    }

    private static void checkValue(String name, Object value, String field, List<String> violations) {
        if (value instanceof BigDecimal amount) {
            if (amount.abs().compareTo(LIMIT) >= 0 || Math.max(amount.scale(), 0) > 6) {
                violations.add(field + ": " + amount.toPlainString() + " is beyond the platform's magnitude");
            }
        } else if (value instanceof LocalDate date) {
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                violations.add(field + ": " + date + " is not a plausible date");
            }
        } else if (value instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                violations.add(field + ": contains a NUL character");
            } else if (name.equals("currency") && !isCurrency(text)) {
                violations.add(field + ": '" + text + "' is not an ISO 4217 currency");
            } else if (name.equals("legalEntity") && !LEGAL_ENTITY.matcher(text).matches()) {
                violations.add(field + ": '" + text + "' is not a legal entity code");
            }
        } else if (value instanceof Record nested) {
            check(nested, field + ".", violations);
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                String item = field + "[" + i++ + "]";
                if (element == null) {
                    violations.add(item + ": is required");
                } else {
                    checkValue(name, element, item, violations);
                }
            }
        }
    }

    private static boolean required(RecordComponent component) {
        if (component.isAnnotationPresent(Nullable.class)) {
            return false;
        }
        Class<?> type = component.getType();
        String name = component.getName();
        return type == UUID.class || type == BigDecimal.class || type == LocalDate.class || type.isRecord()
                || Collection.class.isAssignableFrom(type) || name.equals("currency") || name.equals("legalEntity");
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
