package org.o2c.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/** The request contract: what a hostile or careless client sends is refused with every violation named. */
class RequestJsonTest {
    record Line(String description, BigDecimal quantity) {
    }

    record Payment(UUID customerId, BigDecimal amount, String currency, LocalDate valueDate, Integer netDays,
                   Boolean urgent, List<Line> lines) {
    }

    private static final RequestJson JSON = new RequestJson(PlatformJson.newMapper());
    private static final Class<Payment> PAYMENT = Payment.class;

    private static RequestJson.Read<Payment> read(String body) {
        return JSON.read(body.getBytes(StandardCharsets.UTF_8), PAYMENT);
    }

    private static List<Violation> violations(String body) {
        return read(body).violations();
    }

    @Test
    void aWellFormedBodyReadsExactly() {
        RequestJson.Read<Payment> read = read("""
                {"customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", "amount": "1234.50", "currency": "EUR",
                 "valueDate": "2026-11-30", "netDays": 30, "urgent": false,
                 "lines": [{"description": "Pilsner\\tkeg 😀", "quantity": "0.5"}]}""");
        assertThat(read.violations()).isEmpty();
        assertThat(read.value().amount()).isEqualByComparingTo("1234.50");
        assertThat(read.value().valueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(read.value().lines().get(0).description()).isEqualTo("Pilsner\tkeg 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1E2", "+10.00", " 10.00", "10.00 ", "10.", ".5", "-0", "-1", "010", "0x10",
            "1,000", "NaN", "١٠", ""})
    void aDecimalThatIsNotPlainDigitsIsRefused(String amount) {
        assertThat(violations("{\"amount\": \"" + amount + "\"}")).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("amount", "decimal"));
    }

    @Test
    void fifteenDigitsBeforeThePointAndSixAfterItAreTheLargestDecimal() {
        RequestJson.Read<Payment> read = read("{\"amount\": \"999999999999999.999999\"}");
        assertThat(read.violations()).isEmpty();
        assertThat(read.value().amount()).isEqualByComparingTo("999999999999999.999999");
        assertThat(violations("{\"amount\": \"0\"}")).isEmpty();
        assertThat(violations("{\"amount\": \"0.000001\"}")).isEmpty();
    }

    @Test
    void aDecimalBeyondTheMagnitudeOrAsAJsonNumberIsRefused() {
        assertThat(violations("{\"amount\": \"1234567890123456.00\"}")).extracting(Violation::rule)
                .containsExactly("magnitude");
        assertThat(violations("{\"amount\": \"1.1234567\"}")).extracting(Violation::rule).containsExactly("magnitude");
        assertThat(violations("{\"amount\": 100000000000000000000}")).extracting(Violation::rule)
                .containsExactly("type");
        assertThat(violations("{\"amount\": 10.5}")).extracting(Violation::rule).containsExactly("type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20261201", "\"2026-02-30\"", "\"2026-12-1\"", "\"+57443-04-15\"", "\"2026-12-01T00:00Z\"",
            "\" 2026-12-01\"", "[2026,12,1]"})
    void aDateThatIsNotAnIsoCalendarDateIsRefused(String date) {
        assertThat(violations("{\"valueDate\": " + date + "}")).extracting(Violation::field)
                .containsExactly("valueDate");
    }

    @Test
    void nothingIsCoercedFromAnotherJsonType() {
        assertThat(violations("{\"currency\": 12}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"netDays\": \"30\"}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"netDays\": 30.0}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"urgent\": \"true\"}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"customerId\": 12}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"lines\": {}}")).extracting(Violation::rule).containsExactly("type");
        assertThat(violations("{\"lines\": [\"x\"]}")).extracting(Violation::field).containsExactly("lines[0]");
    }

    @Test
    void textWithNulControlCharactersOrUnpairedSurrogatesIsRefused() {
        assertThat(violations("{\"currency\": \"EU\\u0000R\"}")).extracting(Violation::rule)
                .containsExactly("characters");
        assertThat(violations("{\"currency\": \"EU\\u0007R\"}")).extracting(Violation::rule)
                .containsExactly("characters");
        assertThat(violations("{\"currency\": \"EU\\ud800R\"}")).extracting(Violation::rule)
                .containsExactly("characters");
        assertThat(violations("{\"currency\": \"\\udc00\"}")).extracting(Violation::rule).containsExactly("characters");
    }

    @Test
    void everyViolationOfABodyIsListedAtOnceWithItsPath() {
        assertThat(violations("""
                {"amount": "1e400", "currency": 12, "valueDate": 20261201, "surprise": true,
                 "lines": [{"description": "ok", "quantity": "1"}, {"description": "x", "quantity": "-2", "n": 1}]}"""))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("amount", "decimal"),
                        tuple("currency", "type"),
                        tuple("valueDate", "type"),
                        tuple("surprise", "unknown-field"),
                        tuple("lines[1].quantity", "decimal"),
                        tuple("lines[1].n", "unknown-field"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        assertThatThrownBy(() -> read("{\"amount\": \"1.00\", \"amount\": \"1000000.00\"}"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(p.violations()).extracting(Violation::field, Violation::rule)
                            .containsExactly(tuple("amount", "duplicate-key"));
                });
    }

    @Test
    void aBodyThatIsNotOneUtf8JsonValueIsMalformed() {
        for (byte[] body : List.of("{\"amount\": ".getBytes(StandardCharsets.UTF_8),
                "{} {}".getBytes(StandardCharsets.UTF_8),
                "{\"currency\": \"EUR\"}".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
                new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})) {
            assertThatThrownBy(() -> JSON.read(body, PAYMENT)).isInstanceOfSatisfying(ProblemException.class,
                    p -> assertThat(p.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
        }
    }

    @Test
    void anEmptyBodyReadsAsNothing() {
        assertThat(JSON.read(new byte[0], PAYMENT).value()).isNull();
    }
}
