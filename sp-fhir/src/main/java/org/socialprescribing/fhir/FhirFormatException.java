package org.socialprescribing.fhir;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;

/**
 * FHIR input could not be read: it is too large or too deep, not UTF-8, not well-formed JSON or XML, declares an
 * XML DOCTYPE, holds another resource type than expected, or breaks FHIR R4's structure. {@link FhirResourceReader}
 * throws this, and only this, for bad input.
 *
 * <p>Besides the {@linkplain #field() field} (the location, or {@code input} for problems with the input as a
 * whole), {@linkplain #rule() rule} and {@linkplain #value() value} of every {@link SpException}, it carries a
 * stable {@linkplain #code() issue code} and the {@linkplain #location() location}: a FHIRPath expression that
 * selects the offending element, such as {@code Patient.contact[0].gender}, as precisely as the input allows.
 * Values that could identify a person (names, identifiers) are never quoted; only invalid primitive values such as
 * codes and dates are, and an NHS number in one of them (or in the location) is masked as in every SDK message.
 */
public final class FhirFormatException extends SpException {

    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * Creates an exception. Public for the SDK's internal packages; applications have no need to call it.
     *
     * @param code the kind of problem, not null
     * @param location a FHIRPath expression for the offending element, or empty for the input as a whole; not null
     * @param value the offending value as it may be shown, or null to show none
     * @param rule what is wrong, in words, not null
     * @param cause the underlying parser exception, or null
     */
    public FhirFormatException(
            FhirIssueCode code, String location, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(code, location.isEmpty() ? "input" : location, value, rule, cause);
        this.location = PersonalData.mask(location);
    }

    /** @return the stable code of this kind of problem, never null */
    @Override
    public FhirIssueCode code() {
        return (FhirIssueCode) super.code();
    }

    /** @return a FHIRPath expression for the offending element, or empty when the input as a whole is at fault */
    public String location() {
        return location;
    }

    /**
     * This problem as a validation issue, for callers that report rather than throw.
     *
     * @return the issue with this exception's code, the code's default severity, location and message; never null
     */
    public ValidationIssue toIssue() {
        return ValidationIssue.of(code(), location, requireNonNull(getMessage()));
    }
}
