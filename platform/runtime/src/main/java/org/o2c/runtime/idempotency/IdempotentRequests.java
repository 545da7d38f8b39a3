package org.o2c.runtime.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.o2c.runtime.axon.ConflictRetry;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;

/**
 * Gives a POST its effect once: the {@code Idempotency-Key} is required (400 naming the header without it), the
 * key is claimed, the work done and its answer stored in one transaction; a repeat by the same caller gets the
 * stored answer, even while the first is still running (it waits for it). The same key with a different body is
 * refused.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentRequest request;

    /**
     * Runs a write request: in a transaction of its own, which is run again when a concurrent writer changed the
     * same aggregate first ({@link ConflictRetry}), with the key's claim and the stored answer in the same
     * transaction. This is the one way writes to one aggregate are ordered; where a decision reads a read model
     * (a customer's exposure, a supplier invoice's open amount), the work locks the rows it decides on, in id
     * order, before loading the aggregates.
     */
    public Response execute(String key, String operation, Object body, Supplier<Response> work) {
        return ConflictRetry.run(() -> QuarkusTransaction.requiringNew()
                .call(() -> executeOnce(key, operation, body, work)));
    }

    private Response executeOnce(String key, String operation, Object body, Supplier<Response> work) {
        if (key == null) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, HEADER, "required",
                    "every request that changes something carries a key of its own, so that a retry takes effect once");
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, HEADER, "size",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String caller = request.actingUser();
        String fingerprint = fingerprint(operation, body);
        try (Connection connection = dataSource.getConnection()) {
            if (!claim(connection, caller, key, fingerprint)) {
                return replay(connection, caller, key, fingerprint);
            }
            Response response = work.get();
            record(connection, caller, key, response);
            return response;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("idempotency record failed", e);
        }
    }

    private static boolean claim(Connection connection, String caller, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_request "
                + "(caller, idempotency_key, fingerprint) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, caller);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            return insert.executeUpdate() == 1;
        }
    }

    private void record(Connection connection, String caller, String key, Response response)
            throws SQLException, JsonProcessingException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotent_request "
                + "SET status = ?, body = ?, location = ? WHERE caller = ? AND idempotency_key = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null);
            update.setString(3, response.getLocation() == null ? null : response.getLocation().toString());
            update.setString(4, caller);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    private static Response replay(Connection connection, String caller, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint, status, body, location "
                + "FROM idempotent_request WHERE caller = ? AND idempotency_key = ?")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("idempotency record vanished for key " + key);
                }
                if (!fingerprint.equals(row.getString("fingerprint"))) {
                    throw ProblemException.field(ProblemType.IDEMPOTENCY_KEY_REUSED, HEADER, "same-request",
                            "was used before with a different request; use a new key for a new request");
                }
                Response.ResponseBuilder answer = Response.status(row.getInt("status"))
                        .header(REPLAYED_HEADER, "true");
                String body = row.getString("body");
                if (body != null) {
                    answer.entity(body).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
                }
                String location = row.getString("location");
                if (location != null) {
                    answer.location(URI.create(location));
                }
                return answer.build();
            }
        }
    }

    private String fingerprint(String operation, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
