package org.o2c.events.reporting;

/**
 * One item of a period's close checklist.
 *
 * @param item         e.g. {@code UNPOSTED_DOCUMENTS}, {@code SUBLEDGER_DIFFERENCES}, {@code OLD_UNAPPLIED_CASH},
 *                     {@code OPEN_DISPUTES}, {@code UNAPPROVED_SUPPLIER_INVOICES}
 * @param findings     how many documents (or differences) it found; 0 is clean
 * @param acknowledged whether the manager closed the period with these findings, explained in the note
 */
public record CloseCheck(String item, long findings, boolean acknowledged) {
}
