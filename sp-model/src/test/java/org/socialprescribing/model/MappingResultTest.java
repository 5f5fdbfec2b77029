package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class MappingResultTest {

    @Test
    void equalsAndHashCode_coverValueAndReport() {
        EqualsVerifier.forClass(MappingResult.class)
                .withNonnullFields("value", "report")
                .verify();
    }

    @Test
    void isComplete_onlyWithoutWarnings() {
        assertThat(MappingResult.of("x", ValidationReport.empty()).isComplete()).isTrue();
        MappingResult<String> partial = MappingResult.of(
                "x", ValidationReport.of(ValidationIssue.of(ModelIssueCode.MISSING_VALUE, "person.nhsNumber", "m")));
        assertThat(partial.isComplete()).isFalse();
        assertThat(partial.toString()).isEqualTo("MappingResult[x, 1 issue(s)]");
    }
}
