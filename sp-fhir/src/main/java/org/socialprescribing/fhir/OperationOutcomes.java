package org.socialprescribing.fhir;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * Turns any SDK {@link ValidationReport} (from sp-model, sp-measures or the FHIR validator) into a FHIR R4
 * {@link OperationOutcome}, one issue per report issue, in order:
 *
 * <ul>
 *   <li>{@code severity}: the SDK severity of the same name (the SDK's severities follow FHIR's);
 *   <li>{@code code}: the FHIR issue type that fits the SDK code ({@code code-invalid} for terminology, {@code
 *       invariant}, {@code structure}, {@code value}, {@code too-long}, {@code security}, {@code not-found},
 *       {@code exception}), {@code invalid} for codes of other modules, {@code informational} for information;
 *   <li>{@code details}: a coding of the SDK's stable issue code under {@value #ISSUE_CODE_SYSTEM}, with the
 *       message as text;
 *   <li>{@code expression}: the issue's path, when it has one.
 * </ul>
 *
 * A report without issues becomes one {@code information} issue saying so, since FHIR requires at least one. The
 * text and expression never show an NHS number in clear: {@link ValidationIssue} masks its message and path.
 */
public final class OperationOutcomes {

    /** The system of the SDK's issue codes ({@link IssueCode#code()}) in {@code OperationOutcome.issue.details}. */
    public static final String ISSUE_CODE_SYSTEM = SpFhir.CANONICAL_BASE + "/CodeSystem/issue-code";

    private OperationOutcomes() {}

    /**
     * Converts a report.
     *
     * @param report the report, not null
     * @return a new OperationOutcome with at least one issue, never null
     * @throws NullPointerException if report is null
     */
    public static OperationOutcome from(ValidationReport report) {
        requireNonNull(report, "report");
        OperationOutcome outcome = new OperationOutcome();
        if (report.isEmpty()) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.INFORMATION)
                    .setCode(IssueType.INFORMATIONAL)
                    .setDetails(new CodeableConcept().setText("No issues found"));
        }
        for (ValidationIssue issue : report.issues()) {
            OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(severity(issue.severity()))
                    .setCode(type(issue))
                    .setDetails(new CodeableConcept().setText(issue.message()));
            component
                    .getDetails()
                    .addCoding()
                    .setSystem(ISSUE_CODE_SYSTEM)
                    .setCode(issue.code().code());
            if (!issue.path().isEmpty()) {
                component.addExpression(issue.path());
            }
        }
        return outcome;
    }

    private static IssueSeverity severity(Severity severity) {
        return switch (severity) {
            case FATAL -> IssueSeverity.FATAL;
            case ERROR -> IssueSeverity.ERROR;
            case WARNING -> IssueSeverity.WARNING;
            case INFORMATION -> IssueSeverity.INFORMATION;
        };
    }

    private static IssueType type(ValidationIssue issue) {
        if (issue.severity() == Severity.INFORMATION) {
            return IssueType.INFORMATIONAL;
        }
        IssueCode code = issue.code();
        if (!(code instanceof FhirIssueCode)) {
            return IssueType.INVALID;
        }
        // No default: a new code fails to compile until its OperationOutcome issue type is chosen.
        return switch ((FhirIssueCode) code) {
            case INPUT_TOO_LARGE -> IssueType.TOOLONG;
            case INPUT_DOCTYPE -> IssueType.SECURITY;
            case INVALID_VALUE -> IssueType.VALUE;
            case TERMINOLOGY -> IssueType.CODEINVALID;
            case INVARIANT -> IssueType.INVARIANT;
            case PROFILE_UNKNOWN -> IssueType.NOTFOUND;
            case VALIDATOR_FAILED -> IssueType.EXCEPTION;
            case QUESTIONNAIRE_UNMATCHED, ITEM_NOT_USED -> IssueType.NOTSUPPORTED;
            case QUESTIONNAIRE_AMBIGUOUS -> IssueType.MULTIPLEMATCHES;
            case TOTAL_DIFFERS, ADDRESS_OUTSIDE_UK, REFERRAL_REVOKED -> IssueType.BUSINESSRULE;
            case SCALE_NOT_STATED -> IssueType.INCOMPLETE;
            case MODIFIER_EXTENSION, VALUE_NOT_MAPPED -> IssueType.NOTSUPPORTED;
            case SECURITY_LABEL -> IssueType.SECURITY;
            case NORMALISED, INTAKE_PATTERN -> IssueType.INFORMATIONAL;
            case INPUT_TOO_DEEP,
                    INPUT_NOT_UTF8,
                    INPUT_UNKNOWN_FORMAT,
                    INPUT_MALFORMED,
                    WRONG_RESOURCE_TYPE,
                    UNKNOWN_ELEMENT,
                    INVALID_STRUCTURE,
                    MISSING_ELEMENT,
                    UNRESOLVED_REFERENCE,
                    UNMAPPED_CONTENT,
                    UNEXPECTED_RESOURCE,
                    QUESTIONNAIRE_MATCHED,
                    ANSWER_RECORDED,
                    STRUCTURE -> IssueType.STRUCTURE;
        };
    }
}
