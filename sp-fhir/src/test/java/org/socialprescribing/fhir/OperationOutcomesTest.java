package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

class OperationOutcomesTest {

    /** An issue code as another module would declare it. */
    private enum OtherModuleCode implements IssueCode {
        SCORE_OUT_OF_RANGE;

        @Override
        public String code() {
            return "measures.score.out-of-range";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }
    }

    @Test
    void emptyReport_becomesOneInformationIssue() {
        OperationOutcome outcome = OperationOutcomes.from(ValidationReport.empty());
        assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
            assertThat(issue.getCode()).isEqualTo(IssueType.INFORMATIONAL);
            assertThat(issue.getDetails().getText()).isEqualTo("No issues found");
        });
    }

    @Test
    void issue_keepsCodeMessageAndPath() {
        ValidationIssue issue = ValidationIssue.of(
                FhirIssueCode.INVALID_VALUE, "Patient.contact[1].gender", "'woman' is not a valid value");
        OperationOutcomeIssueComponent component =
                OperationOutcomes.from(ValidationReport.of(issue)).getIssueFirstRep();
        assertThat(component.getSeverity()).isEqualTo(IssueSeverity.ERROR);
        assertThat(component.getCode()).isEqualTo(IssueType.VALUE);
        assertThat(component.getDetails().getText()).isEqualTo("'woman' is not a valid value");
        assertThat(component.getDetails().getCodingFirstRep().getSystem())
                .isEqualTo("https://fhir.socialprescribing.org/CodeSystem/issue-code");
        assertThat(component.getDetails().getCodingFirstRep().getCode()).isEqualTo("fhir.input.invalid-value");
        assertThat(component.getExpression())
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualTo("Patient.contact[1].gender"));
    }

    @Test
    void issueWithoutPath_hasNoExpression() {
        ValidationIssue issue = ValidationIssue.of(FhirIssueCode.INPUT_TOO_LARGE, "", "is larger than 16 bytes");
        assertThat(OperationOutcomes.from(ValidationReport.of(issue))
                        .getIssueFirstRep()
                        .getExpression())
                .isEmpty();
    }

    static Stream<Arguments> severitiesAndTypes() {
        return Stream.of(
                arguments(FhirIssueCode.INPUT_TOO_LARGE, Severity.FATAL, IssueSeverity.FATAL, IssueType.TOOLONG),
                arguments(FhirIssueCode.INPUT_DOCTYPE, Severity.FATAL, IssueSeverity.FATAL, IssueType.SECURITY),
                arguments(FhirIssueCode.INPUT_MALFORMED, Severity.FATAL, IssueSeverity.FATAL, IssueType.STRUCTURE),
                arguments(FhirIssueCode.TERMINOLOGY, Severity.WARNING, IssueSeverity.WARNING, IssueType.CODEINVALID),
                arguments(FhirIssueCode.INVARIANT, Severity.ERROR, IssueSeverity.ERROR, IssueType.INVARIANT),
                arguments(FhirIssueCode.PROFILE_UNKNOWN, Severity.ERROR, IssueSeverity.ERROR, IssueType.NOTFOUND),
                arguments(FhirIssueCode.VALIDATOR_FAILED, Severity.FATAL, IssueSeverity.FATAL, IssueType.EXCEPTION),
                arguments(
                        FhirIssueCode.STRUCTURE,
                        Severity.INFORMATION,
                        IssueSeverity.INFORMATION,
                        IssueType.INFORMATIONAL),
                arguments(OtherModuleCode.SCORE_OUT_OF_RANGE, Severity.ERROR, IssueSeverity.ERROR, IssueType.INVALID));
    }

    @ParameterizedTest
    @MethodSource("severitiesAndTypes")
    void issue_mapsSeverityAndType(IssueCode code, Severity severity, IssueSeverity fhirSeverity, IssueType type) {
        OperationOutcomeIssueComponent component = OperationOutcomes.from(
                        ValidationReport.of(ValidationIssue.of(code, severity, "x", "message")))
                .getIssueFirstRep();
        assertThat(component.getSeverity()).isEqualTo(fhirSeverity);
        assertThat(component.getCode()).isEqualTo(type);
        assertThat(component.getDetails().getCodingFirstRep().getCode()).isEqualTo(code.code());
    }

    @Test
    void issues_keepTheirOrder() {
        ValidationReport report = ValidationReport.of(
                ValidationIssue.of(FhirIssueCode.STRUCTURE, "a", "first"),
                ValidationIssue.of(FhirIssueCode.TERMINOLOGY, Severity.WARNING, "b", "second"));
        assertThat(OperationOutcomes.from(report).getIssue())
                .extracting(issue -> issue.getDetails().getText())
                .containsExactly("first", "second");
    }
}
