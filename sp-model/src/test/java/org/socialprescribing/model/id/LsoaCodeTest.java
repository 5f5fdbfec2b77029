package org.socialprescribing.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

class LsoaCodeTest {

    // uk-identifiers.md §6: ^[EW]01[0-9]{6}$, E = England, W = Wales.
    @ParameterizedTest
    @CsvSource({"E01000001, ENGLAND", "w01001234, WALES", "' E01033755 ', ENGLAND"})
    void parse_acceptsCodes(String text, LsoaCode.Country country) {
        LsoaCode code = LsoaCode.parse(text);
        assertThat(code.value()).isEqualTo(text.strip().toUpperCase(Locale.ROOT));
        assertThat(code.country()).isEqualTo(country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E0100000", "E010000011", "S01000001", "E02000001", "E01 000001"})
    void parse_rejectsMalformedCodes(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> LsoaCode.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.LSOA_CODE_FORMAT));
        assertThat(LsoaCode.isValid(text)).isFalse();
    }

    @Test
    void nullAndJson() throws Exception {
        assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> LsoaCode.parse(null));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue("\"e01000001\"", LsoaCode.class)).isEqualTo(LsoaCode.parse("E01000001"));
        assertThat(json.writeValueAsString(LsoaCode.parse("E01000001"))).isEqualTo("\"E01000001\"");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(LsoaCode.class).verify();
    }

    @Property
    void parse_throwsOnlyDocumentedException(@ForAll String text) {
        try {
            assertThat(LsoaCode.parse(text).value()).matches("[EW]01[0-9]{6}");
        } catch (InvalidIdentifierException e) {
            assertThat(LsoaCode.isValid(text)).isFalse();
        }
    }
}
