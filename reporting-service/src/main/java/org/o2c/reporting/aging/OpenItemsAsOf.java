package org.o2c.reporting.aging;

import java.time.LocalDate;

/**
 * The open items of a date as a sub-query: the items issued on or before that date, each with {@code open_as_of},
 * its open amount at the end of that day. That is today's open amount minus the movements dated after the day, so
 * a current aging reads almost no movements and a look back reads only the movements since, both in one pass.
 */
public final class OpenItemsAsOf {
    /** Receivables: invoices from the receivables ledger. */
    public static final OpenItemsAsOf RECEIVABLES =
            new OpenItemsAsOf("ar_open_item", "ar_item_movement", "invoice_id", "issue_date");
    /** Payables: supplier invoices. */
    public static final OpenItemsAsOf PAYABLES =
            new OpenItemsAsOf("ap_open_item", "ap_item_movement", "supplier_invoice_id", "invoice_date");

    private final String items;
    private final String movements;
    private final String key;
    private final String documentDate;

    private OpenItemsAsOf(String items, String movements, String key, String documentDate) {
        this.items = items;
        this.movements = movements;
        this.key = key;
        this.documentDate = documentDate;
    }

    /** Appends {@code (SELECT ...)}: every column of the item table plus {@code open_as_of}; alias it. */
    public BoundSql appendTo(BoundSql sql, LocalDate asOf, ReportFilter filter) {
        sql.append("(SELECT i.*, i.open_amount - coalesce(l.later, 0) AS open_as_of FROM " + items + " i"
                + " LEFT JOIN (SELECT " + key + ", sum(delta) AS later FROM " + movements
                + " WHERE effective_date > ?", asOf);
        filter.appendTo(sql);
        sql.append(" GROUP BY " + key + ") l ON l." + key + " = i." + key
                + " WHERE i." + documentDate + " <= ?", asOf);
        filter.appendTo(sql);
        return sql.append(")");
    }
}
