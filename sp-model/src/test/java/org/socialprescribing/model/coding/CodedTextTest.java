package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

class CodedTextTest {

    private static final CodedConcept GOAL = Snomed.GOAL;

    @Test
    void of_keepsConceptAndText() {
        CodedText both = CodedText.of(GOAL, "walk to the shops");
        assertThat(both.concept()).contains(GOAL);
        assertThat(both.text()).contains("walk to the shops");
        assertThat(both.displayText()).isEqualTo("walk to the shops");
    }

    @Test
    void displayText_fallsBackToDisplayThenCode() {
        assertThat(CodedText.of(GOAL).displayText()).isEqualTo("Goal");
        assertThat(CodedText.of(CodedConcept.snomed("410518001")).displayText()).isEqualTo("410518001");
    }

    @Test
    void of_rejectsBlankTextBesideAConcept() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedText.of(GOAL, " "))
                .withMessage("text: ' ' must not be blank when given");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> CodedText.of(null, "walk"), "concept"),
                Arguments.of((ThrowingCallable) () -> CodedText.of(GOAL, null), "text"),
                Arguments.of((ThrowingCallable) () -> CodedText.of((CodedConcept) null), "concept"),
                Arguments.of((ThrowingCallable) () -> CodedText.ofText(null), "text"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nullArguments")
    void factories_rejectNullNamingTheParameter(ThrowingCallable factory, String parameter) {
        assertThatNullPointerException().isThrownBy(factory).withMessage(parameter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"concept":{"system":"http://snomed.info/sct","code":"410518001"},"text":"walk"}
            {"concept":{"system":"http://snomed.info/sct","code":"410518001"}}
            {"text":"walk"}
            """)
    void json_readsAConceptATextOrBoth(String json) {
        assertThat(SpJson.write(SpJson.parse(json, CodedText.class))).isEqualTo(json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}                              | codedText: needs a concept, a text or both
            {"concept":null,"text":null}    | codedText: needs a concept, a text or both
            {"text":" "}                    | text: must not be blank when given
            """)
    void json_rejectsNeitherOrBlankText(String json, String rule) {
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parse(json, CodedText.class))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void ofText_rejectsBlankText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedText.ofText("  "))
                .withMessageContaining("must not be blank");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(CodedText.class).verify();
    }

    @Property(tries = 300)
    void ofText_acceptsAnyNonBlankTextAndRejectsTheRest(@ForAll String text) {
        if (text.isBlank()) {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> CodedText.ofText(text));
        } else {
            assertThat(CodedText.ofText(text).text()).contains(text);
        }
    }
}
