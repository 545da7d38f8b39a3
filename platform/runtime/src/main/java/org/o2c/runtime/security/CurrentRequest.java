package org.o2c.runtime.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is asking and which request this is. The acting user is the token's user; the correlation id comes from
 * the {@code X-Correlation-Id} header or is made up, and is echoed in the response.
 */
@RequestScoped
public class CurrentRequest {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    SecurityIdentity identity;

    private String correlationId = UUID.randomUUID().toString();

    public String actingUser() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String correlationId() {
        return correlationId;
    }

    void correlateWith(String id) {
        if (id != null && CORRELATION_ID.matcher(id).matches()) {
            this.correlationId = id;
        }
    }
}
