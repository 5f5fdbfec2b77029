package org.socialprescribing.measures;

import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * A definition document (an Outcomes Star definition, a local instrument) is malformed or breaks a structural rule.
 * The message names the first problem and its JSON path; {@link #report()} lists every problem found.
 */
public class InvalidDefinitionException extends SpException {

    private static final long serialVersionUID = 1L;

    /** The report is immutable and holds only strings and enum codes, so serialising it is safe. */
    @SuppressWarnings("serial")
    private final ValidationReport report;

    /**
     * Creates the exception from a report with at least one error.
     *
     * @param report the validation report, not null, with at least one blocking issue
     * @throws IllegalStateException if the report has no error
     */
    public InvalidDefinitionException(ValidationReport report) {
        super(
                firstError(report).code(),
                pathOf(report),
                null,
                firstError(report).message(),
                null);
        this.report = report;
    }

    private static ValidationIssue firstError(ValidationReport report) {
        return report.errors().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("an invalid definition needs at least one error"));
    }

    private static String pathOf(ValidationReport report) {
        String path = firstError(report).path();
        return path.isEmpty() ? "definition" : path;
    }

    /** @return every problem found, never null */
    public ValidationReport report() {
        return report;
    }
}
