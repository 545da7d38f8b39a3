package org.o2c.runtime.paging;

import java.util.ArrayList;
import java.util.List;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * The conditions of a list and their parameters, written side by side: the caller's legal entities first, then
 * each optional filter that was given. Lists of every service build their {@link PageQuery} with it.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Only rows whose {@code column} is a legal entity of the scope (no condition for every legal entity). */
    public static Where inScope(LegalEntityScope scope, String column) {
        Where where = new Where();
        if (!scope.coversEveryEntity()) {
            where.conditions.add(column + " = ANY (?)");
            where.parameters.add(scope.sqlFilter());
        }
        return where;
    }

    /** {@code column = value}, when a value is given. */
    public Where equal(String column, Object value) {
        return value == null ? this : condition(column + " = ?", value);
    }

    /** Any condition, with its parameters in the order of their places. */
    public Where condition(String sql, Object... values) {
        conditions.add(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code from} with the conditions, e.g. {@code invoice WHERE legal_entity = ANY (?) AND customer_id = ?}. */
    public String applyTo(String from) {
        return conditions.isEmpty() ? from : from + " WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** A page of {@code from} with these conditions, in a total {@code orderBy}. */
    public PageQuery page(String from, String orderBy) {
        return new PageQuery(applyTo(from), parameters, orderBy);
    }
}
