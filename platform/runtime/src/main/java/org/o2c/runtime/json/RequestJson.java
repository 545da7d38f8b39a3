package org.o2c.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/**
 * The strict reading of request bodies, the platform's one JSON contract for input. Events and stored documents are
 * read by {@link PlatformJson}; requests are read by this, which refuses instead of guessing:
 * <ul>
 * <li>the body is UTF-8 without a byte order mark, and one JSON value; a key given twice is refused;</li>
 * <li>decimals are JSON strings of plain digits with an optional fraction ({@code "1234.50"}): no JSON numbers, no
 * exponent, sign, spaces, leading zeros or trailing point; at most {@value #MAX_INTEGER_DIGITS} digits before the
 * point and {@value #MAX_FRACTION_DIGITS} after it (fields narrow this further);</li>
 * <li>dates are JSON strings {@code yyyy-MM-dd} that exist in the calendar; ids are UUIDs in their 36-character
 * form; whole numbers are JSON integers; booleans are {@code true}/{@code false}: nothing is coerced from another
 * JSON type;</li>
 * <li>text holds no NUL or other control character but tab, line feed and carriage return, and no unpaired
 * surrogate;</li>
 * <li>unknown fields are refused.</li>
 * </ul>
 * Reading does not stop at the first broken rule: every violation of the body is collected, so that a client
 * learns all of them from one answer.
 */
public final class RequestJson {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 6;
    /** Longest text accepted in any one JSON string; fields narrow this with their own size. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING = 32;

    private static final String VIOLATIONS = RequestJson.class.getName() + ".violations";
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ObjectMapper mapper;

    /** Built from the platform's mapper, so that every other setting (modules, naming) is the same as for output. */
    public RequestJson(ObjectMapper platform) {
        this.mapper = platform.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(MAX_NESTING).maxNumberLength(100).build());
        // unknown fields and trailing tokens are already refused by PlatformJson
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        SimpleModule strict = new SimpleModule("o2c-strict-requests");
        strict.addDeserializer(String.class, new FromText<>("a string", RequestJson::text));
        strict.addDeserializer(BigDecimal.class, new FromText<>("a decimal string such as \"1234.50\"",
                RequestJson::decimal));
        strict.addDeserializer(LocalDate.class, new FromText<>("an ISO date string such as \"2026-11-30\"",
                RequestJson::date));
        strict.addDeserializer(UUID.class, new FromText<>("a UUID string", RequestJson::uuid));
        WholeNumber<Integer> integer = new WholeNumber<>(JsonParser.NumberType.INT, JsonParser::getIntValue);
        strict.addDeserializer(Integer.class, integer);
        strict.addDeserializer(Integer.TYPE, integer);
        WholeNumber<Long> whole = new WholeNumber<>(JsonParser.NumberType.LONG, JsonParser::getLongValue);
        strict.addDeserializer(Long.class, whole);
        strict.addDeserializer(Long.TYPE, whole);
        strict.addDeserializer(Boolean.class, new StrictBoolean());
        strict.addDeserializer(Boolean.TYPE, new StrictBoolean());
        mapper.registerModule(strict);
        mapper.addHandler(new Collecting());
    }

    /**
     * Reads a body as the type: the value and every violation of the contract found in it. A body that cannot be
     * read at all (not UTF-8, not one JSON value, a key given twice, beyond the size limits) is refused with a
     * {@link ProblemException} at once. An empty body reads as null.
     */
    public <T> Read<T> read(byte[] body, Type type) {
        if (body.length == 0) {
            return new Read<>(null, List.of());
        }
        String text = utf8(body);
        List<Violation> violations = new ArrayList<>();
        ObjectReader reader = mapper.readerFor(mapper.constructType(type)).withAttribute(VIOLATIONS, violations);
        try {
            T value = reader.readValue(text);
            return new Read<>(value, violations);
        } catch (StreamConstraintsException e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body could not be read: " + e.getMessage());
        }
    }

    /** What a body read as: the value (fields that broke a rule are null in it) and the rules broken. */
    public record Read<T>(T value, List<Violation> violations) {
    }

    private static String utf8(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body starts with a byte order mark; "
                    + "send UTF-8 without one");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not UTF-8");
        }
    }

    /**
     * A body whose syntax is broken: a key given twice names its field; anything else says where the parser
     * stopped.
     */
    private static ProblemException malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            String field = pathOf(e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null);
            return ProblemException.field(ProblemType.VALIDATION_FAILED, field, "duplicate-key",
                    "is given more than once");
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not one valid JSON value" + where
                + (message == null ? "" : ": " + message.lines().findFirst().orElse("")));
    }

    /** The JSON path where the parser stands, e.g. {@code lines[0].quantity}; {@code body} at the top. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        if (path.isEmpty()) {
            return "body";
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    @SuppressWarnings("unchecked")
    private static void report(DeserializationContext ctxt, String path, String rule, String message) {
        ((List<Violation>) ctxt.getAttribute(VIOLATIONS)).add(new Violation(path, rule, message));
    }

    private static void report(DeserializationContext ctxt, String rule, String message) {
        JsonParser parser = ctxt.getParser();
        JsonStreamContext context = parser.getParsingContext();
        // on the start of an object or array the parser has already entered it; the value is the field around it
        if (parser.hasToken(JsonToken.START_ARRAY) || parser.hasToken(JsonToken.START_OBJECT)) {
            context = context.getParent();
        }
        report(ctxt, pathOf(context), rule, message);
    }

    /** Reads the value the parser stands on past, so that reading goes on after a value of the wrong JSON type. */
    private static Object wrongType(JsonParser p, DeserializationContext ctxt, String expected) throws IOException {
        JsonToken token = p.currentToken();
        report(ctxt, "type", "must be " + expected + ", not " + describe(token));
        p.skipChildren();
        return null;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    /** Lets reading go on past a broken rule, recording it with its path. */
    private static final class Collecting extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            report(ctxt, pathOf(p.getParsingContext()), "unknown-field", "is not a field of this request");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            String expected = targetType.isCollectionLikeType() || targetType.isArrayType() ? "an array"
                    : targetType.isEnumType() ? "a string" : "an object";
            return wrongType(p, ctxt, expected);
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            if (targetType.isEnum()) {
                List<String> names = new ArrayList<>();
                for (Object constant : targetType.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
                report(ctxt, "one-of", "must be one of " + String.join(", ", names));
            } else {
                report(ctxt, "format", "'" + valueToConvert + "' is not a valid " + targetType.getSimpleName());
            }
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            report(ctxt, "type", "must be a string, not a JSON number");
            return null;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                                                 Throwable t) {
            Throwable cause = t;
            while (cause.getCause() != null && !(cause instanceof ProblemException)) {
                cause = cause.getCause();
            }
            String at = pathOf(ctxt.getParser().getParsingContext());
            if (cause instanceof ProblemException problem && !problem.violations().isEmpty()) {
                String prefix = at.equals("body") ? "" : at + ".";
                for (Violation v : problem.violations()) {
                    report(ctxt, v.field() == null ? at : prefix + v.field(), v.rule(), v.message());
                }
            } else {
                report(ctxt, at, "value", String.valueOf(cause.getMessage()));
            }
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser p, String msg)
                throws IOException {
            return wrongType(p, ctxt, "an object");
        }
    }

    /** The checks of a value given as a JSON string: the value, or the rule its text breaks. */
    private interface TextRule<T> {
        T read(String text) throws BrokenRule;
    }

    /** A rule a JSON string's text breaks: the rule's word, and what is wrong for people as the message. */
    private static final class BrokenRule extends Exception {
        private final String rule;

        BrokenRule(String rule, String message) {
            super(message, null, false, false);
            this.rule = rule;
        }
    }

    /** A value that travels as a JSON string: any other JSON type is refused, and its text must keep its rule. */
    private static final class FromText<T> extends JsonDeserializer<T> {
        private final String expected;
        private final TextRule<T> rule;

        FromText(String expected, TextRule<T> rule) {
            this.expected = expected;
            this.rule = rule;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) wrongType(p, ctxt, expected);
            }
            try {
                return rule.read(p.getText());
            } catch (BrokenRule e) {
                report(ctxt, e.rule, e.getMessage());
                return null;
            }
        }
    }

    private static String text(String text) throws BrokenRule {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new BrokenRule("characters", "must not contain a NUL character (at " + i + ")");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw new BrokenRule("characters", "must not contain control character U+"
                        + String.format("%04X", (int) c) + " (at " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BrokenRule("characters", "must not contain an unpaired surrogate (at " + i + ")");
            }
        }
        return text;
    }

    private static BigDecimal decimal(String text) throws BrokenRule {
        if (!DECIMAL.matcher(text).matches()) {
            throw new BrokenRule("decimal", "'" + abbreviate(text) + "' is not a plain decimal such as \"1234.50\": "
                    + "digits with an optional point and decimals, no sign, exponent, spaces or leading zeros");
        }
        int point = text.indexOf('.');
        int integerDigits = point < 0 ? text.length() : point;
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            throw new BrokenRule("magnitude", "must have at most " + MAX_INTEGER_DIGITS + " digits before the point "
                    + "and " + MAX_FRACTION_DIGITS + " after it");
        }
        return new BigDecimal(text);
    }

    private static LocalDate date(String text) throws BrokenRule {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeException e) {
                // a date the calendar does not have, such as 2026-02-30
            }
        }
        throw new BrokenRule("date", "'" + abbreviate(text) + "' is not a date of the form yyyy-MM-dd, such as "
                + "2026-11-30");
    }

    private static UUID uuid(String text) throws BrokenRule {
        if (!UUID_FORM.matcher(text).matches()) {
            throw new BrokenRule("uuid", "'" + abbreviate(text) + "' is not a UUID such as "
                    + "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69");
        }
        return UUID.fromString(text);
    }

    /** A whole number that travels as a JSON integer within the range of its Java type. */
    private static final class WholeNumber<T> extends JsonDeserializer<T> {
        private final JsonParser.NumberType largest;
        private final ValueOf<T> value;

        WholeNumber(JsonParser.NumberType largest, ValueOf<T> value) {
            this.largest = largest;
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (T) wrongType(p, ctxt, "a whole JSON number");
            }
            if (p.getNumberType().ordinal() > largest.ordinal()) {
                report(ctxt, "magnitude", "must be a whole number that fits " + largest.name().toLowerCase()
                        + " (" + (largest == JsonParser.NumberType.INT ? Integer.MAX_VALUE : Long.MAX_VALUE)
                        + " at most)");
                return null;
            }
            return value.of(p);
        }
    }

    private interface ValueOf<T> {
        T of(JsonParser parser) throws IOException;
    }

    private static final class StrictBoolean extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_TRUE)) {
                return Boolean.TRUE;
            }
            if (p.hasToken(JsonToken.VALUE_FALSE)) {
                return Boolean.FALSE;
            }
            return (Boolean) wrongType(p, ctxt, "true or false");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
