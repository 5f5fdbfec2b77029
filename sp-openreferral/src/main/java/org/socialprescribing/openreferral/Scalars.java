package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The codecs of JSON strings, numbers, integers, booleans and string enumerations. */
final class Scalars {

    static final ValueCodec<String> STRING = new ValueCodec<>() {
        @Override
        public String read(JsonParser parser, ReadContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw context.wrongType("a string", parser.currentToken());
            }
            return parser.getText();
        }

        @Override
        public void write(String value, JsonGenerator generator) throws IOException {
            generator.writeString(value);
        }
    };

    /**
     * Any JSON number, kept as the exact decimal it was written as: {@code 12} stays {@code 12} and
     * {@code 12.50} stays {@code 12.50}.
     */
    static final ValueCodec<BigDecimal> NUMBER = new ValueCodec<>() {
        @Override
        public BigDecimal read(JsonParser parser, ReadContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw context.wrongType("a number", token);
            }
            try {
                return parser.getDecimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                throw context.error("must be a number that a decimal can hold");
            }
        }

        @Override
        public void write(BigDecimal value, JsonGenerator generator) throws IOException {
            generator.writeNumber(value);
        }
    };

    /** A JSON integer that fits an {@code int}; {@code 1.0} is not accepted, as it would not be written back. */
    static final ValueCodec<Integer> INTEGER = new ValueCodec<>() {
        @Override
        public Integer read(JsonParser parser, ReadContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT) {
                throw context.wrongType("an integer", token);
            }
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                throw context.error("must be an integer between -2147483648 and 2147483647", parser.getText());
            }
            return parser.getIntValue();
        }

        @Override
        public void write(Integer value, JsonGenerator generator) throws IOException {
            generator.writeNumber(value);
        }
    };

    static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
        @Override
        public Boolean read(JsonParser parser, ReadContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw context.wrongType("a boolean", token);
            }
            return token == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, JsonGenerator generator) throws IOException {
            generator.writeBoolean(value);
        }
    };

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
        return new ValueCodec<>() {
            @Override
            public E read(JsonParser parser, ReadContext context) throws IOException {
                String text = STRING.read(parser, context);
                E constant = byCode.get(text);
                if (constant == null) {
                    throw context.error("must be one of " + allowed, text);
                }
                return constant;
            }

            @Override
            public void write(E value, JsonGenerator generator) throws IOException {
                generator.writeString(code.apply(value));
            }
        };
    }
}
