package org.socialprescribing.measures;

import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * A response cannot be scored because an answer is out of range, not an integer or names an unknown item. The
 * message names the first such item and the allowed range, e.g. {@code wemwbs_3: 6 is outside 1..5}; {@link
 * #report()} lists every problem found.
 */
public class InvalidResponseException extends SpException {

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
    public InvalidResponseException(ValidationReport report) {
        super(firstError(report).path(), ruleOf(firstError(report)), null, null);
        this.report = report;
    }

    private static ValidationIssue firstError(ValidationReport report) {
        return report.errors().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("an invalid response needs at least one error"));
    }

    private static String ruleOf(ValidationIssue issue) {
        String prefix = issue.path() + ": ";
        return issue.message().startsWith(prefix) ? issue.message().substring(prefix.length()) : issue.message();
    }

    /** @return every problem found in the response, never null */
    public ValidationReport report() {
        return report;
    }
}
