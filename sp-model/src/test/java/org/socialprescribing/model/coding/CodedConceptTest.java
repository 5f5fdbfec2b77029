package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.json.InvalidJsonException;
import org.socialprescribing.model.json.SpJson;

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
    void of_rejectsBlankDisplay() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.of(CodeSystems.SNOMED_CT, "1", " "))
                .withMessage("display: ' ' must not be blank when given");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedConcept.snomed("1", ""))
                .withMessage("display: '' must not be blank when given");
    }

    @Test
    void snomed_withOrWithoutDisplay_isInSnomedCt() {
        assertThat(CodedConcept.snomed("410518001", "Goal"))
                .isEqualTo(CodedConcept.of(CodeSystems.SNOMED_CT, "410518001", "Goal"));
        assertThat(CodedConcept.snomed("410518001")).isEqualTo(CodedConcept.of(CodeSystems.SNOMED_CT, "410518001"));
        assertThat(CodedConcept.snomed("410518001").display()).isEmpty();
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> CodedConcept.of(null, "1", "One"), "system"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.of(CodeSystems.SNOMED_CT, null, "One"), "code"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.of(CodeSystems.SNOMED_CT, "1", null), "display"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.of(null, "1"), "system"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.of(CodeSystems.SNOMED_CT, null), "code"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.snomed(null, "One"), "code"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.snomed("1", null), "display"),
                Arguments.of((ThrowingCallable) () -> CodedConcept.snomed(null), "code"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nullArguments")
    void factories_rejectNullNamingTheParameter(ThrowingCallable factory, String parameter) {
        assertThatNullPointerException().isThrownBy(factory).withMessage(parameter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"system":"http://snomed.info/sct","code":"410518001","display":"Goal"}
            {"system":"http://snomed.info/sct","code":"410518001"}
            """)
    void json_readsAConceptWithOrWithoutDisplay(String json) {
        assertThat(SpJson.write(SpJson.parse(json, CodedConcept.class))).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"code":"1"}                                                   | system: is mandatory
            {"system":null,"code":"1"}                                     | system: is mandatory
            {"system":"http://snomed.info/sct"}                            | code: is mandatory
            {"system":"http://snomed.info/sct","code":"1","display":" "}   | display: must not be blank when given
            {"system":"snomed.info/sct","code":"1"}                        | system: must be an absolute URI
            """)
    void json_rejectsMissingPartsAndBlankDisplay(String json, String rule) {
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parse(json, CodedConcept.class))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void isSameConceptAs_ignoresDisplay() {
        CodedConcept a = CodedConcept.snomed("224484003", "A");
        CodedConcept b = CodedConcept.snomed("224484003");
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
