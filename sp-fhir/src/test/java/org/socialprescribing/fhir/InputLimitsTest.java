package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.InvalidValueException;

class InputLimitsTest {

    @Test
    void defaults_are16MiBAnd128Levels() {
        assertThat(InputLimits.defaults().maxBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(InputLimits.defaults().maxDepth()).isEqualTo(128);
        assertThat(InputLimits.defaults()).isEqualTo(InputLimits.of(16_777_216, 128));
    }

    @Test
    void with_changesOneLimit() {
        InputLimits limits = InputLimits.defaults().withMaxBytes(1024).withMaxDepth(16);
        assertThat(limits.maxBytes()).isEqualTo(1024);
        assertThat(limits.maxDepth()).isEqualTo(16);
        assertThat(limits).hasToString("InputLimits[maxBytes=1024, maxDepth=16]");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 10, maxBytes",
        "-1, 10, maxBytes",
        "1073741825, 10, maxBytes",
        "10, 0, maxDepth",
        "10, 251, maxDepth"
    })
    void of_rejectsLimitsOutOfRange(long maxBytes, int maxDepth, String field) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> InputLimits.of(maxBytes, maxDepth))
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void of_acceptsTheExtremes() {
        assertThat(InputLimits.of(1, 1).maxBytes()).isEqualTo(1);
        assertThat(InputLimits.of(InputLimits.MAX_BYTES, InputLimits.MAX_DEPTH).maxDepth())
                .isEqualTo(250);
    }

    @Test
    void equalsAndHashCode_followTheValues() {
        EqualsVerifier.forClass(InputLimits.class).verify();
    }
}
