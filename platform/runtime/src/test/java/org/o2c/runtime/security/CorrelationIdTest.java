package org.o2c.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.o2c.runtime.problem.ProblemException;

/** A correlation id is a plain token of 1 to 100 characters, or the request is refused; none given, one is made. */
class CorrelationIdTest {

    @Test
    void aPlainTokenOfUpToHundredCharactersIsTakenAndAnythingElseRefused() {
        CurrentRequest request = new CurrentRequest();
        String longest = "a".repeat(100);
        request.correlateWith(longest);
        assertThat(request.correlationId()).isEqualTo(longest);
        request.correlateWith("erp-4711.batch_2:line-3");
        assertThat(request.correlationId()).isEqualTo("erp-4711.batch_2:line-3");
        for (String refused : new String[] {"a".repeat(101), "", "a b", "x\u0000", "<script>", "é"}) {
            assertThatThrownBy(() -> new CurrentRequest().correlateWith(refused))
                    .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.violations().get(0).field())
                            .isEqualTo(CurrentRequest.CORRELATION_HEADER));
        }
    }

    @Test
    void withoutOneTheRequestGetsItsOwn() {
        CurrentRequest request = new CurrentRequest();
        request.correlateWith(null);
        assertThat(request.correlationId()).matches("[0-9a-f-]{36}");
    }
}
