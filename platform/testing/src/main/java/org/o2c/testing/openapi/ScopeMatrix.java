package org.o2c.testing.openapi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A service's table of who may call each operation and what a caller acting for another legal entity gets: the
 * rules of ARCHITECTURE's access control, one row per operation of the live spec. {@code ServiceContract} runs
 * every row for every role, once with a token acting for the legal entity of the row's documents (home) and once
 * with a token acting for another one (foreign):
 * <ul>
 *   <li>a role the row does not name: 403 {@code forbidden}, whatever the legal entity;</li>
 *   <li>a role it names, acting for home: neither 401, 403, 404 nor an unknown reference, and no 5xx;</li>
 *   <li>a role it names, acting for foreign: what {@link Foreign} says.</li>
 * </ul>
 * The roles must also be the ones the spec declares for the operation, so that the spec states them exactly.
 */
public final class ScopeMatrix {
    /** What a caller acting only for another legal entity gets. */
    public enum Foreign {
        /** The document in the path belongs to another legal entity: 404 {@code not-found}. */
        NOT_FOUND,
        /** The request names a legal entity the caller does not act for: 403 {@code legal-entity-not-granted}. */
        REFUSED,
        /** A document the body refers to belongs to another legal entity: 422 {@code unknown-reference}. */
        UNKNOWN_REFERENCE,
        /**
         * A list or report: 200, without any document of the home legal entity (its marker, the home legal
         * entity's code unless the row names another, is not in the answer; for home, it is).
         */
        HIDDEN
    }

    /**
     * The path (ids filled in, query included) and body (null for none) of one call, with the body's content type
     * (JSON unless an operation takes files).
     */
    public record Call(String path, String body, String contentType) {
        public Call(String path, String body) {
            this(path, body, "application/json");
        }
    }

    public record Row(String operation, Set<String> roles, Foreign foreign, Supplier<Call> call, String marker) {
    }

    private final Set<String> everyRole;
    private final String home;
    private final String foreign;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    /**
     * @param everyRole the roles of the platform; each row is tried with each
     * @param home    the legal entity of the documents the rows call; a code no other test uses, so that a list
     *                seen by a foreign caller cannot contain it by chance
     * @param foreign a legal entity with no documents of the rows
     */
    public ScopeMatrix(Collection<String> everyRole, String home, String foreign) {
        this.everyRole = Set.copyOf(everyRole);
        this.home = home;
        this.foreign = foreign;
    }

    /**
     * A row: {@code operation} as {@code "METHOD /path/{template}"} exactly as in the spec; {@code call} gives the
     * concrete request and is asked once per attempt, so that a write may use a new document each time.
     */
    public ScopeMatrix row(String operation, Foreign foreign, Supplier<Call> call, Collection<String> roles) {
        return add(new Row(operation, Set.copyOf(roles), foreign, call, home));
    }

    /**
     * A list or report ({@link Foreign#HIDDEN}) whose answer shows the home documents by {@code marker} (e.g. a
     * customer id) rather than by the legal entity's code.
     */
    public ScopeMatrix report(String operation, String path, String marker, Collection<String> roles) {
        Call call = new Call(path, null);
        return add(new Row(operation, Set.copyOf(roles), Foreign.HIDDEN, () -> call, marker));
    }

    private ScopeMatrix add(Row row) {
        if (rows.put(row.operation(), row) != null) {
            throw new IllegalArgumentException("two rows for " + row.operation());
        }
        return this;
    }

    /** A row whose call is always the same. */
    public ScopeMatrix row(String operation, Foreign foreign, String path, String body, Collection<String> roles) {
        Call call = new Call(path, body);
        return row(operation, foreign, () -> call, roles);
    }

    public Set<String> everyRole() {
        return everyRole;
    }

    public String home() {
        return home;
    }

    public String foreign() {
        return foreign;
    }

    public Map<String, Row> rows() {
        return rows;
    }
}
