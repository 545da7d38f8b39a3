package org.o2c.runtime.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * The legal entities a caller acts for, from the token's {@code legal_entities} claim (ARCHITECTURE: data is
 * scoped to the legal entities in the token). The claim is a JSON array of legal entity codes, or {@code ["*"]}
 * (or the string {@code "*"}) for group-wide roles. A token without the claim, or with a claim of any other shape,
 * acts for no legal entity: it sees empty lists and no documents, and every write is refused.
 *
 * <p>The rules every service follows with it:
 * <ul>
 *   <li>a document of a legal entity outside the scope is not found (404), also when a write names it, so that a
 *       caller cannot learn that it exists ({@link #reveal});</li>
 *   <li>lists and reports only ever contain documents of legal entities in the scope ({@link #sqlFilter},
 *       {@code Where.inScope});</li>
 *   <li>a request that names a legal entity outside the scope, to create something in it or to filter by it, is
 *       refused with 403 {@code legal-entity-not-granted} ({@link #require}).</li>
 * </ul>
 */
public final class LegalEntityScope {
    public static final String CLAIM = "legal_entities";
    public static final String EVERY = "*";
    /** What a legal entity's code looks like, e.g. {@code DE01}. */
    public static final String CODE = "[A-Z0-9]{2,10}";
    private static final LegalEntityScope NONE = new LegalEntityScope(false, Set.of());

    private final boolean everyEntity;
    private final Set<String> legalEntities;

    private LegalEntityScope(boolean everyEntity, Set<String> legalEntities) {
        this.everyEntity = everyEntity;
        this.legalEntities = legalEntities;
    }

    public static LegalEntityScope everyEntity() {
        return new LegalEntityScope(true, Set.of());
    }

    public static LegalEntityScope none() {
        return NONE;
    }

    public static LegalEntityScope of(Collection<String> legalEntities) {
        if (legalEntities.contains(EVERY)) {
            return everyEntity();
        }
        return new LegalEntityScope(false, Set.copyOf(legalEntities));
    }

    /** From the claim's value as the JWT library hands it over; anything but strings or an array of them is none. */
    static LegalEntityScope fromClaim(Object claim) {
        if (claim instanceof JsonString text) {
            return text.getString().equals(EVERY) ? everyEntity() : NONE;
        }
        if (claim instanceof String text) {
            return text.equals(EVERY) ? everyEntity() : NONE;
        }
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (!(value instanceof JsonString code)) {
                    return NONE;
                }
                codes.add(code.getString());
            }
        } else if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (!(value instanceof String code)) {
                    return NONE;
                }
                codes.add(code);
            }
        } else {
            return NONE;
        }
        return of(codes);
    }

    public boolean coversEveryEntity() {
        return everyEntity;
    }

    public boolean covers(String legalEntity) {
        return everyEntity || legalEntities.contains(legalEntity);
    }

    /**
     * A document the caller asked for by id, if its legal entity is in scope; otherwise empty, as if it did not
     * exist.
     */
    public <T> Optional<T> reveal(Optional<T> document, Function<T, String> legalEntity) {
        return document.filter(found -> covers(legalEntity.apply(found)));
    }

    /** Refuses (403) a request that names a legal entity the caller does not act for. */
    public void require(String field, String legalEntity) {
        if (legalEntity != null && !covers(legalEntity)) {
            throw ProblemException.field(ProblemType.LEGAL_ENTITY_NOT_GRANTED, field, "legal-entity-scope",
                    "the token does not act for legal entity " + legalEntity);
        }
    }

    /**
     * For a query's {@code legal_entity = ANY(?)} condition: the codes in scope, or null when every legal entity
     * is (no condition needed).
     */
    public String[] sqlFilter() {
        return everyEntity ? null : legalEntities.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return everyEntity ? EVERY : String.join(",", legalEntities);
    }
}
