package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;

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
        assertThat(CodedText.of(CodedConcept.snomed("410518001", null)).displayText())
                .isEqualTo("410518001");
    }

    @Test
    void of_rejectsNeitherConceptNorText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CodedText.of(null, null))
                .withMessage("codedText: needs a concept, a text or both");
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
