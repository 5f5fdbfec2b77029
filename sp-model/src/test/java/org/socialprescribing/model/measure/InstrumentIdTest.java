package org.socialprescribing.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpException;

class InstrumentIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"ons4", "swemwbs", "phq9", "local_scale_2"})
    void of_acceptsPlainIds(String value) {
        assertThat(InstrumentId.of(value).value()).isEqualTo(value);
        assertThat(InstrumentId.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ONS4", "4ons", "ons-4", "ons 4", "_x"})
    void of_rejectsMalformedIds(String value) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> InstrumentId.of(value))
                .satisfies(e -> assertThat(e.field()).isEqualTo("instrumentId"));
    }

    @Test
    void of_rejectsNull() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> InstrumentId.of(null));
    }

    @Test
    void of_rejectsOverlongIds() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> InstrumentId.of("a".repeat(65)));
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(InstrumentId.class).verify();
    }

    @Property(tries = 500)
    void of_givesAnIdOrTheDocumentedException(@ForAll String value) {
        try {
            assertThat(InstrumentId.of(value).value()).isEqualTo(value);
        } catch (SpException expected) {
            assertThat(expected).isInstanceOf(InvalidValueException.class);
        }
    }
}
