package org.o2c.events.reporting;

import java.util.UUID;
import org.o2c.events.Nullable;

/**
 * The business document a journal entry posts.
 *
 * @param type   e.g. {@code INVOICE}, {@code CREDIT_NOTE}, {@code PAYMENT}, {@code SUPPLIER_INVOICE}
 * @param id     the document's id
 * @param number the document's number where it has one (payments have none)
 */
public record SourceDocument(String type, UUID id, @Nullable String number) {
}
