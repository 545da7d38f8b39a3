package org.o2c.testing.quarkus;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.UUID;

/**
 * Test requests that change something carry a fresh {@code Idempotency-Key}, as every client must send one; a test
 * that sets its own key (to repeat a request) or removes it with {@link #WITHOUT} keeps what it set.
 */
public final class FreshIdempotencyKeys implements Filter {
    public static final String HEADER = "Idempotency-Key";
    /** Set as the header's value to send the request without a key. */
    public static final String WITHOUT = "none-for-this-test";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String method = request.getMethod();
        boolean changes = method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                || method.equals("DELETE");
        if (WITHOUT.equals(request.getHeaders().getValue(HEADER))) {
            request.removeHeader(HEADER);
        } else if (changes && !request.getHeaders().hasHeaderWithName(HEADER)) {
            request.header(HEADER, UUID.randomUUID().toString());
        }
        return context.next(request, response);
    }
}
