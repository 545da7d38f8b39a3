package org.o2c.runtime.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * Who is asking and which request this is. The acting user is the token's user; the correlation id comes from
 * the {@code X-Correlation-Id} header or is made up, and is echoed in the response; the legal entities it acts for
 * come from the token's {@code legal_entities} claim.
 */
@RequestScoped
public class CurrentRequest {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    SecurityIdentity identity;

    private String correlationId = UUID.randomUUID().toString();
    private LegalEntityScope legalEntities;

    public String actingUser() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The legal entities the caller acts for ({@link LegalEntityScope}); none for an anonymous caller. */
    public LegalEntityScope legalEntities() {
        if (legalEntities == null) {
            legalEntities = identity.getPrincipal() instanceof JsonWebToken token
                    ? LegalEntityScope.fromClaim(token.getClaim(LegalEntityScope.CLAIM))
                    : LegalEntityScope.none();
        }
        return legalEntities;
    }

    public String correlationId() {
        return correlationId;
    }

    /**
     * A correlation id goes into every event the request causes, so only a plain token is taken: 1 to 100 letters,
     * digits, '.', '_', ':' or '-'. Anything else is refused (400) rather than stored.
     */
    void correlateWith(String id) {
        if (id == null) {
            return;
        }
        if (!CORRELATION_ID.matcher(id).matches()) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, CORRELATION_HEADER, "pattern",
                    "must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        this.correlationId = id;
    }
}
