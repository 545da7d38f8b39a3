package org.o2c.reporting.aging;

import java.util.UUID;

/**
 * The optional filters of a report: legal entity, currency and one party (a customer or a supplier). Written as
 * conditions on unqualified column names, which items, movements and accounts all carry under the same names.
 *
 * @param partyColumn {@code customer_id} or {@code supplier_id}
 */
public record ReportFilter(String legalEntity, String currency, String partyColumn, UUID party) {

    public static ReportFilter of(String legalEntity, String currency) {
        return new ReportFilter(legalEntity, currency, null, null);
    }

    /** Appends {@code AND column = ?} for every filter given. */
    public BoundSql appendTo(BoundSql sql) {
        if (legalEntity != null) {
            sql.append(" AND legal_entity = ?", legalEntity);
        }
        if (currency != null) {
            sql.append(" AND currency = ?", currency);
        }
        if (party != null) {
            sql.append(" AND " + partyColumn + " = ?", party);
        }
        return sql;
    }
}
