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

class CompanyNumberTest {

    // uk-identifiers.md §5: 09506232, 07444723 [V] S25, SC234456; left-pad all-digit input [S] S28;
    // org-id GB-COH-09506232 [V] S25.
    @ParameterizedTest
    @CsvSource({
        "09506232, 09506232, true",
        "9506232, 09506232, true",
        "07444723, 07444723, true",
        "sc234456, SC234456, true",
        "GB-COH-09506232, 09506232, true",
        "1, 00000001, true",
        "RC000123, RC000123, false"
    })
    void parse_normalises(String text, String value, boolean knownPattern) {
        CompanyNumber number = CompanyNumber.parse(text);
        assertThat(number.value()).isEqualTo(value);
        assertThat(number.orgId()).isEqualTo("GB-COH-" + value);
        assertThat(number.hasKnownPattern()).isEqualTo(knownPattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SC23445", "SC2344567", "123456789", "09-506232"})
    void parse_rejectsMalformedNumbers(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> CompanyNumber.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.COMPANY_NUMBER_FORMAT));
        assertThat(CompanyNumber.isValid(text)).isFalse();
    }

    @Test
    void nullAndJson() throws Exception {
        assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> CompanyNumber.parse(null));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(CompanyNumber.parse("9506232"))).isEqualTo("\"09506232\"");
        assertThat(json.readValue("\"09506232\"", CompanyNumber.class)).isEqualTo(CompanyNumber.parse("9506232"));
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(CompanyNumber.class).verify();
    }

    @Property
    void parse_throwsOnlyDocumentedException(@ForAll String text) {
        try {
            CompanyNumber number = CompanyNumber.parse(text);
            assertThat(CompanyNumber.parse(number.orgId())).isEqualTo(number);
        } catch (InvalidIdentifierException e) {
            assertThat(CompanyNumber.isValid(text)).isFalse();
        }
    }
}
