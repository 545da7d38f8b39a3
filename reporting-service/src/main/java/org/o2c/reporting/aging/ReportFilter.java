package org.o2c.reporting.aging;

import java.util.List;
import java.util.UUID;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * What a report covers: the legal entities of the caller's scope, and the optional filters legal entity, currency
 * and parties (customers or suppliers). Written as conditions on unqualified column names, which items, movements,
 * accounts and running totals all carry under the same names.
 *
 * @param partyColumn {@code customer_id} or {@code supplier_id}
 * @param party the one party asked for, or null
 * @param parties parties a report reads rows of (a page of customers), or null for every one
 */
public record ReportFilter(LegalEntityScope scope, String legalEntity, String currency, String partyColumn,
                           UUID party, List<UUID> parties) {

    public ReportFilter(LegalEntityScope scope, String legalEntity, String currency, String partyColumn,
                        UUID party) {
        this(scope, legalEntity, currency, partyColumn, party, null);
    }

    public static ReportFilter of(LegalEntityScope scope, String legalEntity, String currency) {
        return new ReportFilter(scope, legalEntity, currency, null, null);
    }

    /** The same filter, restricted to these parties. */
    public ReportFilter onlyParties(List<UUID> only) {
        return new ReportFilter(scope, legalEntity, currency, partyColumn, party, List.copyOf(only));
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
        if (parties != null) {
            sql.append(" AND " + partyColumn + " = ANY (?::uuid[])",
                    (Object) parties.stream().map(UUID::toString).toArray(String[]::new));
        }
        return sql;
    }
}
