package org.socialprescribing.model;

/**
 * How serious a {@link ValidationIssue} is. The names and order follow FHIR's {@code OperationOutcome}
 * issue severity, so that sp-fhir can convert a report without a lookup table.
 */
public enum Severity {
    /** The data cannot be used at all (for example unparseable input). */
    FATAL,
    /** The data breaks a rule; it must be fixed before it is sent or scored. */
    ERROR,
    /** The data is usable but doubtful (for example a postcode that fails the strict format). */
    WARNING,
    /** Worth knowing, no action needed. */
    INFORMATION;

    /**
     * Whether an issue of this severity makes the data invalid.
     *
     * @return true for {@link #FATAL} and {@link #ERROR}
     */
    public boolean isBlocking() {
        return this == FATAL || this == ERROR;
    }
}
