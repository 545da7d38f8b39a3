package org.o2c.runtime.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.o2c.runtime.json.PlatformJson;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/** A JSON body of up to 8 MiB is read; one byte more is refused with 413 before it is parsed. */
class StrictJsonBodiesTest {
    record Currency(String currency) {
    }

    private static byte[] bodyOf(int size) {
        byte[] json = "{\"currency\": \"EUR\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(json, size);
        Arrays.fill(body, json.length, size, (byte) ' ');
        return body;
    }

    private static Object read(byte[] body) throws Exception {
        StrictJsonBodies reader = new StrictJsonBodies(PlatformJson.newMapper(), null);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> type = (Class) Currency.class;
        return reader.readFrom(type, Currency.class, new java.lang.annotation.Annotation[0], null, null,
                new ByteArrayInputStream(body));
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndOneByteMoreIsTooLarge() throws Exception {
        assertThat(read(bodyOf(StrictJsonBodies.MAX_BODY_BYTES))).isEqualTo(new Currency("EUR"));
        assertThatThrownBy(() -> read(bodyOf(StrictJsonBodies.MAX_BODY_BYTES + 1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }
}
