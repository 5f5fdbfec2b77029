package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

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
                "x",
                ValidationReport.of(ValidationIssue.of(FhirIssueCode.UNMAPPED_CONTENT, "Patient.telecom[0]", "m")));
        assertThat(partial.isComplete()).isFalse();
        assertThat(partial.toString()).isEqualTo("MappingResult[x, 1 issue(s)]");
    }
}
