package org.o2c.reporting.aging;

import java.util.UUID;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * What a report covers: the legal entities of the caller's scope, and the optional filters legal entity, currency
 * and one party (a customer or a supplier). Written as conditions on unqualified column names, which items,
 * movements and accounts all carry under the same names.
 *
 * @param partyColumn {@code customer_id} or {@code supplier_id}
 */
public record ReportFilter(LegalEntityScope scope, String legalEntity, String currency, String partyColumn,
                           UUID party) {

    public static ReportFilter of(LegalEntityScope scope, String legalEntity, String currency) {
        return new ReportFilter(scope, legalEntity, currency, null, null);
    }

    /** Appends {@code AND column = ?} for every filter given, and the scope's legal entities. */
    public BoundSql appendTo(BoundSql sql) {
        if (!scope.coversEveryEntity()) {
            sql.append(" AND legal_entity = ANY (?)", (Object) scope.sqlFilter());
        }
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
