package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The codecs of JSON strings, numbers, integers, booleans and string enumerations. */
final class Scalars {

    /** Writes a scalar. */
    @FunctionalInterface
    private interface TokenWriter<V> {
        void write(JsonGenerator generator, V value) throws IOException;
    }

    static final ValueCodec<String> STRING = scalar(
            "a string",
            EnumSet.of(JsonToken.VALUE_STRING),
            (parser, context) -> parser.getText(),
            JsonGenerator::writeString);

    /**
     * Any JSON number, kept as the exact decimal it was written as: {@code 12} stays {@code 12} and
     * {@code 12.50} stays {@code 12.50}.
     */
    static final ValueCodec<BigDecimal> NUMBER = scalar(
            "a number",
            EnumSet.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT),
            (parser, context) -> {
                try {
                    return parser.getDecimalValue();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw context.error("must be a number that a decimal can hold");
                }
            },
            JsonGenerator::writeNumber);

    /** A JSON integer that fits an {@code int}; {@code 1.0} is not accepted, as it would not be written back. */
    static final ValueCodec<Integer> INTEGER = scalar(
            "an integer",
            EnumSet.of(JsonToken.VALUE_NUMBER_INT),
            (parser, context) -> {
                if (parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw context.error("must be an integer that fits 32 bits (-2^31 to 2^31 - 1)", parser.getText());
                }
                return parser.getIntValue();
            },
            JsonGenerator::writeNumber);

    static final ValueCodec<Boolean> BOOLEAN = scalar(
            "a boolean",
            EnumSet.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
            (parser, context) -> parser.currentToken() == JsonToken.VALUE_TRUE,
            JsonGenerator::writeBoolean);

    private Scalars() {}

    /** A string that must be one of an enumeration's codes, matched exactly (case and spaces count). */
    static <E extends Enum<E>> ValueCodec<E> enumeration(Class<E> type, Function<E, String> code) {
        Map<String, E> byCode = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byCode.put(code.apply(constant), constant);
        }
        String allowed = Stream.of(type.getEnumConstants())
                .map(code)
                .map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "));
        return scalar(
                "a string",
                EnumSet.of(JsonToken.VALUE_STRING),
                (parser, context) -> {
                    E constant = byCode.get(parser.getText());
                    if (constant == null) {
                        throw context.error("must be one of " + allowed, parser.getText());
                    }
                    return constant;
                },
                (generator, value) -> generator.writeString(code.apply(value)));
    }

    /** A codec that first checks the JSON type of the value, then has {@code reader} read it. */
    private static <V> ValueCodec<V> scalar(
            String expected, Set<JsonToken> tokens, ReadContext.ValueReader<V> reader, TokenWriter<V> writer) {
        return new ValueCodec<>() {
            @Override
            public V read(JsonParser parser, ReadContext context) throws IOException {
                if (!tokens.contains(parser.currentToken())) {
                    throw context.wrongType(expected, parser.currentToken());
                }
                return reader.read(parser, context);
            }

            @Override
            public void write(V value, JsonGenerator generator) throws IOException {
                writer.write(generator, value);
            }
        };
    }
}
