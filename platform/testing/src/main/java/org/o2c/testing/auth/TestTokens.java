package org.o2c.testing.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Tokens for tests, signed with the key pair the test infrastructure wrote. It reads the keys from the folder
 * named in a system property, so that it works from any class loader a test framework uses.
 */
public final class TestTokens {
    public static final String KEYS_PROPERTY = "o2c.test.keys";
    private static TokenIssuer issuer;

    private TestTokens() {
    }

    /** A token acting for every legal entity. */
    public static String token(String user, String... roles) {
        return tokenFor(List.of("*"), user, roles);
    }

    /** A token acting for these legal entities only; with null, a token without the claim. */
    public static synchronized String tokenFor(List<String> legalEntities, String user, String... roles) {
        if (issuer == null) {
            String keys = System.getProperty(KEYS_PROPERTY);
            if (keys == null) {
                throw new IllegalStateException("no test infrastructure started in this JVM: " + KEYS_PROPERTY
                        + " unset");
            }
            try {
                issuer = TokenIssuer.loadOrCreate(Path.of(keys));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return issuer.token(user, List.of(roles), legalEntities, Duration.ofHours(8));
    }

    /** {@code Authorization} header value of a token acting for these legal entities only. */
    public static String bearerFor(List<String> legalEntities, String user, String... roles) {
        return "Bearer " + tokenFor(legalEntities, user, roles);
    }

    /** {@code Authorization} header value. */
    public static String bearer(String user, String... roles) {
        return "Bearer " + token(user, roles);
    }
}
