package org.socialprescribing.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads every token, as any reader would. */
    private static void drain(InputLimits limits, String json) throws IOException {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            while (parser.nextToken() != null) {
                parser.getText(); // Jackson checks a string's length when it is read, not when it is skipped
            }
        }
    }

    private static InputLimitException breach(InputLimits limits, String json) {
        try {
            drain(limits, json);
        } catch (InputLimitException e) {
            return e;
        } catch (IOException e) {
            return BoundedJson.breach(e, limits).orElseThrow(() -> new AssertionError("not a limit: " + e, e));
        }
        throw new AssertionError("no limit broken: " + json);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"total\":1e999999999}                  | NUMBER_EXPONENT | $.total",
                "{\"total\":-1e999999999}                 | NUMBER_EXPONENT | $.total",
                "[1e-1001]                                | NUMBER_EXPONENT | $[0]",
                "[123.4e999]                              | NUMBER_EXPONENT | $[0]",
                "[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]] | DEPTH     | $[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]",
                "[1,2,3,4,5,6,7,8,9,10,11]                | ENTRIES         | $[10]",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11} | ENTRIES | $.k",
            })
    void limits_areReportedWithTheirPath(String json, InputLimit limit, String path) {
        InputLimits limits = InputLimits.defaults().withMaxDepth(16).with(InputLimit.ENTRIES, 10);
        InputLimitException e = breach(limits, json);
        assertThat(e.limit()).isEqualTo(limit);
        assertThat(e.field()).isEqualTo(path);
        assertThat(e.getMessage()).doesNotContain("StreamReadConstraints", "Exception", "1e999");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[\"0123456789x\"]           | STRING_LENGTH",
                "{\"0123456789x\":1}         | STRING_LENGTH",
                "[12345678901]               | NUMBER_LENGTH",
                "[1,2,3,4,5,6,7,8,9,10]      | VALUES",
                "[\"                    \"]  | BYTES",
            })
    void jacksonsOwnLimits_areReportedAsLimits(String json, InputLimit limit) {
        InputLimits limits = InputLimits.defaults()
                .withMaxBytes(22)
                .with(InputLimit.STRING_LENGTH, 10)
                .with(InputLimit.NUMBER_LENGTH, 10)
                .with(InputLimit.VALUES, 10);
        assertThat(breach(limits, json).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0.0e99999999, 0",
        "1, 0",
        "10, 1",
        "-12.5, 1",
        "0.001, -3",
        "1e7, 7",
        "1.5E+7, 7",
        "25e-3, -2",
        "000123, 2",
        "0.00120e2, -1"
    })
    void exponentOf_isThePowerOfTenOfTheFirstSignificantDigit(String number, long exponent) {
        assertThat(BoundedJson.exponentOf(number)).isEqualTo(exponent);
    }

    @ParameterizedTest
    @CsvSource({"1e1000", "-1e1000", "9.99e1000", "1e-1000", "0e99999999999999999999"})
    void numbersAtTheExponentLimit_areAccepted(String number) {
        assertThatNoException().isThrownBy(() -> drain(InputLimits.defaults(), "[" + number + "]"));
    }

    @ParameterizedTest
    @CsvSource({"1e1001", "10e1000", "1e-1001", "0.1e-1000", "1e99999999999999999999"})
    void numbersBeyondTheExponentLimit_areRefused(String number) {
        assertThat(breach(InputLimits.defaults(), "[" + number + "]").limit()).isEqualTo(InputLimit.NUMBER_EXPONENT);
    }

    @ParameterizedTest
    @CsvSource({"nextFieldName", "skipChildren", "nextValue", "nextTextValue", "readTree"})
    void everyWayOfMovingTheParser_isCounted(String how) throws IOException {
        InputLimits limits = InputLimits.defaults().with(InputLimit.ENTRIES, 3);
        String json = "{\"a\":[1,2,3,4],\"b\":\"x\"}";
        assertThatExceptionOfType(InputLimitException.class).isThrownBy(() -> {
            try (JsonParser parser = BoundedJson.parser(limits, json)) {
                parser.nextToken();
                switch (how) {
                    case "nextFieldName":
                        parser.nextFieldName();
                        parser.nextToken();
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            // elements
                        }
                        break;
                    case "skipChildren":
                        parser.skipChildren();
                        break;
                    case "nextValue":
                        while (parser.nextValue() != null) {
                            // values
                        }
                        break;
                    case "nextTextValue":
                        while (parser.nextTextValue() != null || parser.currentToken() != null) {
                            // tokens
                        }
                        break;
                    default:
                        MAPPER.readTree(parser);
                        break;
                }
            }
        });
    }

    @org.junit.jupiter.api.Test
    void aStreamOfZeros_isRefusedAfterTheByteLimit() {
        InputLimits limits = InputLimits.defaults().withMaxBytes(1000);
        byte[] open = "[\"".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(open), new InputStream() {
                    @Override
                    public int read() {
                        return 'a';
                    }
                })));
        assertThatExceptionOfType(InputLimitException.class).isThrownBy(() -> {
            try (JsonParser parser = BoundedJson.parser(limits, endless)) {
                while (parser.nextToken() != null) {
                    parser.getText();
                }
            }
        });
    }

    @org.junit.jupiter.api.Test
    void bytesOverTheLimit_areRefusedBeforeParsing() {
        InputLimits limits = InputLimits.defaults().withMaxBytes(4);
        assertThatExceptionOfType(InputLimitException.class)
                .isThrownBy(() -> BoundedJson.parser(limits, "[1,2]".getBytes(StandardCharsets.UTF_8)));
        assertThatExceptionOfType(InputLimitException.class).isThrownBy(() -> BoundedJson.parser(limits, "[1,2]"));
    }

    @org.junit.jupiter.api.Test
    void duplicateKeys_areRefusedUnlessTurnedOff() throws IOException {
        String json = "{\"a\":1,\"a\":2}";
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> drain(InputLimits.defaults(), json));
        try (JsonParser parser = BoundedJson.parser(InputLimits.defaults(), json)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode node = MAPPER.readTree(parser);
            assertThat(node.get("a").asInt()).isEqualTo(2);
        }
    }

    @Property(tries = 200)
    void randomJson_readsAsJacksonReadsItOrBreaksALimit(@ForAll("json") String json) throws IOException {
        InputLimits limits = InputLimits.defaults()
                .withMaxDepth(3)
                .with(InputLimit.ENTRIES, 4)
                .with(InputLimit.VALUES, 40)
                .with(InputLimit.NUMBER_EXPONENT, 20);
        JsonNode expected = MAPPER.readTree(json);
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            JsonNode actual = MAPPER.readTree(parser);
            assertThat(actual).isEqualTo(expected);
        } catch (InputLimitException e) {
            assertThat(e.getMessage()).contains("(limit max");
        }
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("1e5", "1e25", "-3.5e-30", "0.0", "true", "null", "\"text\""));
        return Arbitraries.recursive(
                () -> scalars,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(5).map(list -> "[" + String.join(",", list) + "]"),
                        inner.list().ofMaxSize(5).map(list -> {
                            StringBuilder object = new StringBuilder("{");
                            for (int i = 0; i < list.size(); i++) {
                                object.append(i == 0 ? "" : ",")
                                        .append("\"k")
                                        .append(i)
                                        .append("\":")
                                        .append(list.get(i));
                            }
                            return object.append('}').toString();
                        })),
                0,
                4);
    }
}
