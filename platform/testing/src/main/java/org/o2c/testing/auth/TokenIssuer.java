package org.o2c.testing.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 bearer tokens that the services accept: the local stack's and the tests' own identity provider.
 * The user goes into {@code upn}, {@code sub} and {@code preferred_username}; the roles into {@code groups}; the
 * legal entities the user acts for into {@code legal_entities} ({@code ["*"]} unless given).
 */
public final class TokenIssuer {
    public static final String ISSUER = "https://o2c.local/issuer";
    /** The audience the services require ({@code O2C_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "o2c";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey privateKey;
    private final byte[] publicKeyDer;

    private TokenIssuer(PrivateKey privateKey, byte[] publicKeyDer) {
        this.privateKey = privateKey;
        this.publicKeyDer = publicKeyDer;
    }

    public static TokenIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new TokenIssuer(pair.getPrivate(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the key pair written by {@link #writeKeys}, or makes and writes one. */
    public static TokenIssuer loadOrCreate(Path directory) throws IOException {
        Path privatePem = directory.resolve("private.pem");
        Path publicPem = directory.resolve("public.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            try {
                PrivateKey key = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(pemBody(privatePem)));
                return new TokenIssuer(key, pemBody(publicPem));
            } catch (GeneralSecurityException e) {
                throw new IOException("unreadable key in " + directory, e);
            }
        }
        TokenIssuer issuer = generate();
        issuer.writeKeys(directory);
        return issuer;
    }

    public void writeKeys(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("private.pem"), pem("PRIVATE KEY", privateKey.getEncoded()));
        Files.writeString(directory.resolve("public.pem"), pem("PUBLIC KEY", publicKeyDer));
    }

    /** A token acting for every legal entity ({@code legal_entities: ["*"]}). */
    public String token(String user, Collection<String> roles, Duration validity) {
        return token(user, roles, List.of("*"), validity);
    }

    /** A token acting for these legal entities; with null, a token without the claim (it acts for none). */
    public String token(String user, Collection<String> roles, Collection<String> legalEntities, Duration validity) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("preferred_username", user);
        claims.put("groups", List.copyOf(roles));
        if (legalEntities != null) {
            claims.put("legal_entities", List.copyOf(legalEntities));
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String header = URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    public String token(String user, String... roles) {
        return token(user, List.of(roles), Duration.ofHours(8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
