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
import org.socialprescribing.model.id.CharityNumber.Register;

class CharityNumberTest {

    // uk-identifiers.md §4: examples 279417, 1090095, SC042386, 100019 [V] S25; org-id forms [V] S25 / [S] S27.
    @ParameterizedTest
    @CsvSource({
        "279417, ENGLAND_AND_WALES, 279417, GB-CHC-279417",
        "1090095, ENGLAND_AND_WALES, 1090095, GB-CHC-1090095",
        "sc042386, SCOTLAND, SC042386, GB-SC-SC042386",
        "NIC100019, NORTHERN_IRELAND, NIC100019, GB-NIC-100019",
        "GB-CHC-1090095, ENGLAND_AND_WALES, 1090095, GB-CHC-1090095",
        "GB-SC-SC042386, SCOTLAND, SC042386, GB-SC-SC042386",
        "GB-NIC-100019, NORTHERN_IRELAND, NIC100019, GB-NIC-100019"
    })
    void parse_infersRegister(String text, Register register, String value, String orgId) {
        CharityNumber number = CharityNumber.parse(text);
        assertThat(number.register()).isEqualTo(register);
        assertThat(number.value()).isEqualTo(value);
        assertThat(number.orgId()).isEqualTo(orgId);
        assertThat(CharityNumber.parse(number.value())).isEqualTo(number);
    }

    @Test
    void of_acceptsNorthernIrelandWithoutPrefix() {
        CharityNumber number = CharityNumber.of(Register.NORTHERN_IRELAND, "100019");
        assertThat(number.value()).isEqualTo("NIC100019");
        assertThat(number.orgId()).isEqualTo("GB-NIC-100019");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "12345678", "SC04238", "SC0423861", "NIC200019", "NIC10001", "X12345"})
    void parse_rejectsMalformedNumbers(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> CharityNumber.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.CHARITY_NUMBER_FORMAT));
        assertThat(CharityNumber.isValid(text)).isFalse();
    }

    @Test
    void of_checksTheGivenRegister() {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> CharityNumber.of(Register.SCOTLAND, "1090095"))
                .withMessage("charityNumber: '1090095' must be SC and 6 digits (Scotland)");
        assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> CharityNumber.parse(null));
    }

    @Test
    void json_isTheCanonicalString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CharityNumber number = CharityNumber.of(Register.NORTHERN_IRELAND, "100019");
        assertThat(json.writeValueAsString(number)).isEqualTo("\"NIC100019\"");
        assertThat(json.readValue("\"NIC100019\"", CharityNumber.class)).isEqualTo(number);
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(CharityNumber.class).verify();
    }

    @Property
    void parse_throwsOnlyDocumentedException(@ForAll String text) {
        try {
            CharityNumber number = CharityNumber.parse(text);
            assertThat(CharityNumber.parse(number.orgId())).isEqualTo(number);
        } catch (InvalidIdentifierException e) {
            assertThat(CharityNumber.isValid(text)).isFalse();
        }
    }
}
