package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.o2c.testing.auth.TokenIssuer;

/**
 * One person (or the ERP) of the demo company calling the services' REST APIs with a token of their roles. Every
 * POST carries an Idempotency-Key derived from what it does, so loading the demo data twice takes effect once.
 */
final class DemoUser {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the demo waits for one service to learn another's facts from Kafka. */
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private final HttpClient http;
    private final String token;

    private DemoUser(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    static DemoUser of(HttpClient http, TokenIssuer tokens, String name, String... roles) {
        return new DemoUser(http, tokens.token(name, List.of(roles), Duration.ofHours(1)));
    }

    JsonNode get(StackService service, String path) {
        return send(request(service, path).GET().build(), "GET " + service.name() + path);
    }

    JsonNode post(StackService service, String path, String idempotencyKey, Object body) {
        return send(withBody(request(service, path).header("Idempotency-Key", idempotencyKey), body, "POST"),
                "POST " + service.name() + path + " (Idempotency-Key " + idempotencyKey + ")");
    }

    /** A POST of a file (a bank statement) as the body, of the given content type. */
    JsonNode postFile(StackService service, String path, String idempotencyKey, String contentType, byte[] file) {
        return send(request(service, path).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                "POST " + service.name() + path + " (Idempotency-Key " + idempotencyKey + ")");
    }

    JsonNode put(StackService service, String path, Object body) {
        return send(withBody(request(service, path), body, "PUT"), "PUT " + service.name() + path);
    }

    /**
     * A POST about something the service learns from another one's events (a customer, an invoice): until it has
     * arrived, the service answers 422 unknown-reference, so the request is repeated, with the same key, until then.
     */
    JsonNode postWhenKnown(StackService service, String path, String idempotencyKey, Object body) {
        return whenKnown(() -> withBody(request(service, path).header("Idempotency-Key", idempotencyKey), body, "POST"),
                "POST " + service.name() + path);
    }

    /** A PUT about something the service learns from another one's events; see {@link #postWhenKnown}. */
    JsonNode putWhenKnown(StackService service, String path, Object body) {
        return whenKnown(() -> withBody(request(service, path), body, "PUT"), "PUT " + service.name() + path);
    }

    private JsonNode whenKnown(Supplier<HttpRequest> request, String what) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                boolean unknown = response.statusCode() == 422 && response.body().contains("unknown-reference");
                if (!unknown || Instant.now().isAfter(deadline)) {
                    return answer(response, what);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause();
        }
    }

    /**
     * Repeats a GET until its answer satisfies the condition: the services learn each other's facts from Kafka, a
     * moment after the REST answer that created them.
     */
    JsonNode awaitGet(StackService service, String path, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            JsonNode answer = tryGet(service, path);
            if (answer != null && until.test(answer)) {
                return answer;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("loading demo data: GET " + service.name() + path
                        + " did not show what was expected within " + PROPAGATION.toSeconds() + " s; last answer: " + answer);
            }
            pause();
        }
    }

    private JsonNode tryGet(StackService service, String path) {
        try {
            HttpResponse<String> response = http.send(request(service, path).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(StackService service, String path) {
        return HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static HttpRequest withBody(HttpRequest.Builder builder, Object body, String method) {
        try {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest request, String what) {
        try {
            return answer(http.send(request, HttpResponse.BodyHandlers.ofString()), what);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode answer(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("loading demo data: " + what + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
