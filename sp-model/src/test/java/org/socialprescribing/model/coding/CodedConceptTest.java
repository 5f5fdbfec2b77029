package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.InvalidValueException;

class CodedConceptTest {

    @Test
    void of_keepsSystemCodeAndDisplay() {
        CodedConcept concept = CodedConcept.of(CodeSystems.SNOMED_CT, "871731000000106", "Referral");
        assertThat(concept.system()).isEqualTo("http://snomed.info/sct");
        assertThat(concept.code()).isEqualTo("871731000000106");
        assertThat(concept.display()).contains("Referral");
        assertThat(concept.isSnomed()).isTrue();
    }

    @Test
    void of_withoutDisplay_hasEmptyDisplay() {
        assertThat(CodedConcept.of(CodeSystems.REFERRAL_STATUS, "received").display())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "snomed.info/sct|123|must be an absolute URI",
                "http://x y|123|must be an absolute URI",
                "http://snomed.info/sct|''|must be non-empty",
                "http://snomed.info/sct|' 12'|must be non-empty",
                "http://snomed.info/sct|'1  2'|must be non-empty",
                "http://snomed.info/sct|'1\t2'|must be non-empty"
            })
    void of_rejectsBadSystemOrCode(String system, String code, String rule) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.of(system, code))
                .withMessageContaining(rule);
    }

    @Test
    void of_rejectsMissingPartsAndBlankDisplay() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.of(null, "1", null))
                .withMessage("system: is mandatory");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.of(CodeSystems.SNOMED_CT, null, null))
                .withMessage("code: is mandatory");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.of(CodeSystems.SNOMED_CT, "1", " "))
                .withMessageContaining("display");
    }

    @Test
    void isSameConceptAs_ignoresDisplay() {
        CodedConcept a = CodedConcept.snomed("224484003", "A");
        CodedConcept b = CodedConcept.snomed("224484003", null);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.isSameConceptAs(b)).isTrue();
        assertThat(a.isSameConceptAs(CodedConcept.of(CodeSystems.SDK_BASE + "x", "224484003")))
                .isFalse();
    }

    @Test
    void toString_showsSystemCodeAndDisplay() {
        assertThat(CodedConcept.snomed("410518001", "Goal")).hasToString("http://snomed.info/sct|410518001 \"Goal\"");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(CodedConcept.class)
                .withNonnullFields("system", "code")
                .verify();
    }

    @Property(tries = 500)
    void of_acceptsOrRejectsAnyTextWithOnlyTheDocumentedException(
            @ForAll("systems") String system, @ForAll String code) {
        try {
            CodedConcept concept = CodedConcept.of(system, code);
            assertThat(concept.code()).isEqualTo(code).isNotBlank();
        } catch (InvalidValueException expected) {
            assertThat(expected.field()).isIn("system", "code");
        }
    }

    @Provide
    Arbitrary<String> systems() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of(CodeSystems.SNOMED_CT, CodeSystems.REFERRAL_STATUS, "urn:oid:1.2.3"));
    }
}
