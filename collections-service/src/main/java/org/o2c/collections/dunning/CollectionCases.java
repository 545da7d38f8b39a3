package org.o2c.collections.dunning;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.PageQuery;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The collector's worklist: customers with overdue money, the oldest and largest first. */
@Singleton
public class CollectionCases {
    @Inject
    DataSource dataSource;

    public Page<CollectionCaseView> worklist(LegalEntityScope scope, LocalDate asOf, String legalEntity, int page,
                                             int size) {
        Where overdue = Where.inScope(scope, "o.legal_entity").condition("o.open_amount > 0")
                .condition("o.due_date < ?::date", asOf).equal("o.legal_entity", legalEntity);
        List<Object> parameters = new ArrayList<>(List.of(asOf)); // the days past due, before the conditions
        parameters.addAll(overdue.parameters());
        String from = """
                (SELECT o.customer_id, o.legal_entity, o.currency, count(*) AS overdue_items,
                        sum(o.open_amount) AS overdue_amount, max(?::date - o.due_date) AS oldest_days_past_due,
                        (SELECT count(*) FROM dispute d WHERE d.customer_id = o.customer_id AND d.status = 'OPEN')
                            AS open_disputes,
                        (SELECT count(*) FROM promise_to_pay p WHERE p.customer_id = o.customer_id AND p.status = 'OPEN')
                            AS open_promises,
                        (SELECT l.level FROM dunning_letter l WHERE l.customer_id = o.customer_id
                             AND l.currency = o.currency ORDER BY l.issued_at DESC LIMIT 1) AS last_letter_level,
                        (SELECT l.as_of FROM dunning_letter l WHERE l.customer_id = o.customer_id
                             AND l.currency = o.currency ORDER BY l.issued_at DESC LIMIT 1) AS last_letter_as_of
                """ + overdue.applyTo("FROM open_item o")
                + " GROUP BY o.customer_id, o.legal_entity, o.currency) AS collection_case";
        return new PageQuery(from, parameters, "oldest_days_past_due DESC, overdue_amount DESC, customer_id, currency")
                .fetch(dataSource, page, size, row -> new CollectionCaseView(row.getObject("customer_id", UUID.class),
                        row.getString("legal_entity"), row.getString("currency"), row.getInt("overdue_items"),
                        row.getBigDecimal("overdue_amount"), row.getInt("oldest_days_past_due"),
                        row.getInt("open_disputes"), row.getInt("open_promises"),
                        (Integer) row.getObject("last_letter_level"),
                        row.getObject("last_letter_as_of", LocalDate.class)));
    }
}
