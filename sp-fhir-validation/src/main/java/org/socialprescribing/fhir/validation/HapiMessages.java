package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/** HAPI's validation messages as SDK issues: same severity, location and text; a code from the message id. */
final class HapiMessages {

    private HapiMessages() {}

    static ValidationReport toReport(ValidationResult result) {
        return ValidationReport.of(
                result.getMessages().stream().map(HapiMessages::toIssue).collect(Collectors.toList()));
    }

    static ValidationIssue toIssue(SingleValidationMessage message) {
        String location = message.getLocationString();
        String text = message.getMessage();
        return ValidationIssue.of(
                code(message.getMessageId()),
                severity(message.getSeverity()),
                location == null ? "" : location,
                text == null ? "" : text.strip());
    }

    /**
     * The validator's message ids are keys of its message bundle ({@code Terminology_TX_NoValid_16}) or, for
     * invariants, the constraint's canonical with its key ({@code .../Patient#pat-1}).
     */
    static FhirIssueCode code(@Nullable String messageId) {
        if (messageId == null) {
            return FhirIssueCode.STRUCTURE;
        }
        if (messageId.startsWith("Validation_VAL_Profile_Unknown")) {
            return FhirIssueCode.PROFILE_UNKNOWN;
        }
        if (messageId.startsWith("Terminology_")) {
            return FhirIssueCode.TERMINOLOGY;
        }
        return messageId.contains("#") ? FhirIssueCode.INVARIANT : FhirIssueCode.STRUCTURE;
    }

    static Severity severity(@Nullable ResultSeverityEnum severity) {
        if (severity == null) {
            return Severity.ERROR;
        }
        switch (severity) {
            case FATAL:
                return Severity.FATAL;
            case WARNING:
                return Severity.WARNING;
            case INFORMATION:
                return Severity.INFORMATION;
            default:
                return Severity.ERROR;
        }
    }
}
