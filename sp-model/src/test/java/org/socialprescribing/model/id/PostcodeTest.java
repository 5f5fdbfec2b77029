package org.socialprescribing.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

class PostcodeTest {

    // uk-identifiers.md §3 "Test results": STRICT accepts these (ec1a1bb after normalising).
    @ParameterizedTest
    @CsvSource({
        "SW1A 1AA, SW1A 1AA, SW1A, 1AA",
        "ec1a1bb, EC1A 1BB, EC1A, 1BB",
        "W1A 0AX, W1A 0AX, W1A, 0AX",
        "CR2 6XH, CR2 6XH, CR2, 6XH",
        "DN55 1PT, DN55 1PT, DN55, 1PT",
        "N1C 4AG, N1C 4AG, N1C, 4AG",
        "E1W 1AA, E1W 1AA, E1W, 1AA",
        "SE1P 5LX, SE1P 5LX, SE1P, 5LX",
        "BF1 0AA, BF1 0AA, BF1, 0AA",
        "GX11 1AA, GX11 1AA, GX11, 1AA",
        "GIR 0AA, GIR 0AA, GIR, 0AA",
        "ASCN 1ZZ, ASCN 1ZZ, ASCN, 1ZZ"
    })
    void parse_acceptsStrictExamples(String text, String value, String outward, String inward) {
        Postcode postcode = Postcode.parse(text);
        assertThat(postcode.value()).isEqualTo(value);
        assertThat(postcode.outward()).isEqualTo(outward);
        assertThat(postcode.inward()).isEqualTo(inward);
        assertThat(postcode.isStrictlyValid()).isTrue();
    }

    // uk-identifiers.md §3 "Structure": one example of each of the six formats.
    @ParameterizedTest
    @ValueSource(strings = {"M2 5BQ", "M34 3AB", "DN5 7XY", "DN16 9AA", "W1A 4WW", "EC1A 1HQ"})
    void parse_acceptsEveryFormat(String text) {
        assertThat(Postcode.parse(text).isStrictlyValid()).isTrue();
    }

    // uk-identifiers.md §3 "Test results": STRICT rejects these; they pass LOOSE, so they parse with a warning.
    @ParameterizedTest
    @ValueSource(strings = {"QA1 1AA", "W1I 1AA", "EC1Z 1AA", "SW1A 1AC", "AB1 2CD"})
    void isStrictlyValid_isFalseForLooseOnlyExamples(String text) {
        assertThat(Postcode.isValid(text)).isTrue();
        assertThat(Postcode.parse(text).isStrictlyValid()).isFalse();
    }

    // uk-identifiers.md §3 "Special cases": BFPO and 1-4 digits.
    @ParameterizedTest
    @CsvSource({"BFPO 57, BFPO 57", "bfpo1234, BFPO 1234", "BFPO  1, BFPO 1"})
    void parse_acceptsBfpo(String text, String value) {
        Postcode postcode = Postcode.parse(text);
        assertThat(postcode.value()).isEqualTo(value);
        assertThat(postcode.isBfpo()).isTrue();
        assertThat(postcode.outward()).isEqualTo("BFPO");
        assertThat(postcode.isStrictlyValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "SW1A", "SW1A 1A", "1AA 1AA", "SW1A 1AAA", "BFPO", "BFPO 12345", "SW1A-1AA", "ÉC1A 1BB"})
    void parse_rejectsNonPostcodes(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> Postcode.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.POSTCODE_FORMAT));
        assertThat(Postcode.isValid(text)).isFalse();
    }

    @Test
    void parse_rejectsNull() {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> Postcode.parse(null))
                .withMessage("postcode: is missing");
    }

    @Test
    void json_isTheNormalisedString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Postcode.parse("sw1a1aa"))).isEqualTo("\"SW1A 1AA\"");
        assertThat(json.readValue("\"sw1a 1aa\"", Postcode.class)).isEqualTo(Postcode.parse("SW1A 1AA"));
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(Postcode.class).verify();
    }

    @Property
    void parse_isIdempotentAndThrowsOnlyDocumentedException(@ForAll String text) {
        try {
            Postcode postcode = Postcode.parse(text);
            assertThat(Postcode.parse(postcode.value())).isEqualTo(postcode);
            assertThat(postcode.outward() + " " + postcode.inward()).isEqualTo(postcode.value());
        } catch (InvalidIdentifierException e) {
            assertThat(Postcode.isValid(text)).isFalse();
        }
    }
}
