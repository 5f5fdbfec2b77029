package org.socialprescribing.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

class NhsNumberTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // uk-identifiers.md §1 "Examples": 9434765919 [S] S6 (weighted sum 299), 9912003888 [V] S7 (UK Core), 4010232137.
    // Test names never show a valid number (issue 11): only the index.
    @ParameterizedTest(name = "valid example [{index}]")
    @ValueSource(strings = {"9434765919", "9912003888", "4010232137", "0101011237"})
    void parse_acceptsValidExamples(String text) {
        assertThat(NhsNumber.parse(text).value()).isEqualTo(text);
        assertThat(NhsNumber.isValid(text)).isTrue();
    }

    // uk-identifiers.md §1: 9434765918 check mismatch; 9876544321 (Wikipedia's format example);
    // 9912003890 (UK Core 2.0.2 BabyPatient example, expected check 6).
    @ParameterizedTest
    @CsvSource({"9434765918, 8, 9", "9876544321, 1, 2", "9912003890, 0, 6"})
    void parse_rejectsCheckDigitMismatch(String text, int actual, int expected) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse(text))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ModelIssueCode.NHS_NUMBER_CHECK_DIGIT);
                    assertThat(e.field()).isEqualTo("nhsNumber");
                    assertThat(e.rule()).isEqualTo("has check digit " + actual + " but modulus 11 gives " + expected);
                    assertThat(e.value()).contains("*** *** " + text.substring(6));
                });
        assertThat(NhsNumber.isValid(text)).isFalse();
    }

    // uk-identifiers.md §1: 999000000x is invalid for every x (computed check is 10).
    @ParameterizedTest
    @MethodSource("remainderTen")
    void parse_rejectsRemainderTen(String text) {
        assertThat(NhsNumber.checkDigit(text)).isEqualTo(10);
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse(text))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("has no valid check digit (modulus 11 gives 10)"));
    }

    static Stream<String> remainderTen() {
        return IntStream.rangeClosed(0, 9).mapToObj(x -> "999000000" + x);
    }

    // uk-identifiers.md §1 "Edge cases": all ten repdigits pass modulus 11 and must be rejected explicitly.
    @ParameterizedTest(name = "repdigit [{index}]")
    @MethodSource("repdigits")
    void parse_rejectsRepdigits(String text) {
        assertThat(NhsNumber.checkDigit(text)).isEqualTo(text.charAt(9) - '0');
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.NHS_NUMBER_REPDIGIT));
    }

    static Stream<String> repdigits() {
        return IntStream.rangeClosed(0, 9).mapToObj(d -> Integer.toString(d).repeat(10));
    }

    @ParameterizedTest(name = "written form [{index}]")
    @ValueSource(strings = {"943 476 5919", "943-476-5919", " 9434765919 ", "943\t476\u00a05919", "94 34 76 59 19"})
    void parse_ignoresSpacesAndHyphens(String text) {
        assertThat(NhsNumber.parse(text)).isEqualTo(NhsNumber.parse("9434765919"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "943476591X", "９４３４７６５９１９", "+943476591", "943.476.5919"})
    void parse_rejectsWrongFormat(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse(text))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ModelIssueCode.NHS_NUMBER_FORMAT);
                    assertThat(e.rule()).isEqualTo("must be 10 digits");
                });
    }

    @Test
    void parse_rejectsNullWithDocumentedException() {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse(null))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.MISSING_VALUE))
                .withMessage("nhsNumber: is missing");
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void formatted_groupsThreeThreeFour() {
        assertThat(NhsNumber.parse("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void toString_masksAllButLastFour() {
        assertThat(NhsNumber.parse("9434765919")).hasToString("NhsNumber[*** *** 5919]");
    }

    @Test
    void exceptionMessage_masksTheNumber() {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> NhsNumber.parse("943 476 5918"))
                .withMessage("nhsNumber: '*** *** 5918' has check digit 8 but modulus 11 gives 9");
    }

    @Test
    void isTestRange_isTrueOnlyForLeadingNine() {
        assertThat(NhsNumber.parse("9434765919").isTestRange()).isTrue();
        assertThat(NhsNumber.parse("4010232137").isTestRange()).isFalse();
    }

    @Test
    void json_isTheDigitString() throws Exception {
        NhsNumber number = NhsNumber.parse("9434765919");
        assertThat(JSON.writeValueAsString(number)).isEqualTo("\"9434765919\"");
        assertThat(JSON.readValue("\"943 476 5919\"", NhsNumber.class)).isEqualTo(number);
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(NhsNumber.class).verify();
    }

    @Property(tries = 500)
    void parse_roundTripsFormattedAndJson(@ForAll("validNumbers") String digits) throws Exception {
        NhsNumber number = NhsNumber.parse(digits);
        assertThat(NhsNumber.parse(number.formatted())).isEqualTo(number);
        assertThat(number.value()).isEqualTo(digits);
        assertThat(JSON.readValue(JSON.writeValueAsString(number), NhsNumber.class))
                .isEqualTo(number);
        assertThat(number.toString()).doesNotContain(digits.substring(0, 6));
    }

    @Property(tries = 500)
    void parse_rejectsAnyWrongCheckDigit(@ForAll("validNumbers") String digits, @ForAll("digit") char other) {
        String changed = digits.substring(0, 9) + other;
        assertThat(NhsNumber.isValid(changed)).isEqualTo(other == digits.charAt(9));
    }

    @Property(tries = 1000)
    void parse_givesOnlyDocumentedException(@ForAll String text) {
        try {
            assertThat(NhsNumber.parse(text).value()).hasSize(10);
        } catch (InvalidIdentifierException e) {
            String compact = Text.without(text, "-");
            if (compact.length() > 4) {
                assertThat(e.getMessage()).doesNotContain(compact);
            }
        }
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return NhsNumberArbitraries.validDigits();
    }

    @Provide
    Arbitrary<Character> digit() {
        return Arbitraries.chars().range('0', '9');
    }
}
