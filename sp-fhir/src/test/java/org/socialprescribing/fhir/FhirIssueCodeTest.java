package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.model.Severity;

class FhirIssueCodeTest {

    @Test
    void codes_areUnique() {
        assertThat(Arrays.stream(FhirIssueCode.values()).map(FhirIssueCode::code))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(FhirIssueCode.class)
    void code_isLowerCaseWordsUnderTheModulePrefix(FhirIssueCode code) {
        assertThat(code.code()).matches("fhir\\.(input|questionnaire|validation)\\.[a-z]+(-[a-z0-9]+)*");
    }

    @Test
    void inputLimitBreaches_areFatal() {
        assertThat(FhirIssueCode.INPUT_TOO_LARGE.defaultSeverity()).isEqualTo(Severity.FATAL);
        assertThat(FhirIssueCode.INPUT_TOO_DEEP.defaultSeverity()).isEqualTo(Severity.FATAL);
        assertThat(FhirIssueCode.INPUT_DOCTYPE.defaultSeverity()).isEqualTo(Severity.FATAL);
    }
}
