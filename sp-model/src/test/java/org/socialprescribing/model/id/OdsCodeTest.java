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

class OdsCodeTest {

    // uk-identifiers.md §2 table: GP practice, PCN, trust, care trust, ICB, sub-ICB, independent provider,
    // pharmacy, school examples; gp/pcn columns are the advisory shape checks.
    @ParameterizedTest
    @CsvSource({
        "G81086, true, false",
        "C81010, true, false",
        "U12345, true, true",
        "RR8, false, false",
        "TAK, false, false",
        "QNQ, false, false",
        "12A, false, false",
        "D4U1Y, false, false",
        "8HA03, false, false",
        "FCE71, false, false",
        "EE134290, false, false",
        "JER123, true, false",
        "V81999, true, false"
    })
    void parse_acceptsExamples(String text, boolean gp, boolean pcn) {
        OdsCode code = OdsCode.parse(text);
        assertThat(code.value()).isEqualTo(text);
        assertThat(code.looksLikeGpPractice()).isEqualTo(gp);
        assertThat(code.looksLikePcn()).isEqualTo(pcn);
    }

    @ParameterizedTest
    @CsvSource({"' g81086 ', G81086", "rr8, RR8"})
    void parse_trimsAndUpperCases(String text, String value) {
        assertThat(OdsCode.parse(text).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "G8", "G810861234", "G81-086", "G81 086", "G8108é"})
    void parse_rejectsMalformedCodes(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> OdsCode.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.ODS_CODE_FORMAT))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("must be 3 to 8 letters or digits"));
        assertThat(OdsCode.isValid(text)).isFalse();
    }

    // uk-identifiers.md §2 "Default codes" [V] S14 (V81997 is [S] and deliberately absent).
    @Test
    void defaultCodes_areTheVerifiedOnes() {
        assertThat(OdsCode.PRACTICE_NOT_KNOWN.value()).isEqualTo("V81999");
        assertThat(OdsCode.PRACTICE_NOT_APPLICABLE.value()).isEqualTo("V81998");
        assertThat(OdsCode.REFERRER_NOT_APPLICABLE.value()).isEqualTo("X99998");
        assertThat(OdsCode.REFERRER_NOT_KNOWN.value()).isEqualTo("X99999");
        assertThat(OdsCode.NON_NHS_UK_PROVIDER.value()).isEqualTo("89999");
        assertThat(OdsCode.NON_UK_PROVIDER.value()).isEqualTo("89997");
        assertThat(OdsCode.parse("v81999").isDefaultCode()).isTrue();
        assertThat(OdsCode.parse("V81997").isDefaultCode()).isFalse();
        assertThat(OdsCode.parse("G81086").isDefaultCode()).isFalse();
    }

    // uk-identifiers.md §2: site codes are an5..an9 (RR813, RH802, TAK01, NV701).
    @ParameterizedTest
    @ValueSource(strings = {"RR813", "RH802", "tak01", "NV701", "ABCDEFGH9"})
    void siteCode_acceptsExamples(String text) {
        assertThat(OdsSiteCode.parse(text).value()).isEqualTo(text.toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR8", "RR81", "ABCDEFGH90", "RR 813"})
    void siteCode_rejectsMalformedCodes(String text) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> OdsSiteCode.parse(text))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.ODS_SITE_CODE_FORMAT));
        assertThat(OdsSiteCode.isValid(text)).isFalse();
    }

    @Test
    void nullInput_givesDocumentedException() {
        assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> OdsCode.parse(null));
        assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> OdsSiteCode.parse(null));
    }

    @Test
    void json_isTheCodeString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(OdsCode.parse("g81086"))).isEqualTo("\"G81086\"");
        assertThat(json.readValue("\"RR813\"", OdsSiteCode.class)).isEqualTo(OdsSiteCode.parse("RR813"));
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(OdsCode.class).verify();
        EqualsVerifier.forClass(OdsSiteCode.class).verify();
    }

    @Property
    void parse_throwsOnlyDocumentedException(@ForAll String text) {
        try {
            assertThat(OdsCode.parse(text))
                    .isEqualTo(OdsCode.parse(OdsCode.parse(text).value()));
        } catch (InvalidIdentifierException e) {
            assertThat(OdsCode.isValid(text)).isFalse();
        }
        try {
            assertThat(OdsSiteCode.parse(text).value()).matches("[A-Z0-9]{5,9}");
        } catch (InvalidIdentifierException e) {
            assertThat(OdsSiteCode.isValid(text)).isFalse();
        }
    }
}
