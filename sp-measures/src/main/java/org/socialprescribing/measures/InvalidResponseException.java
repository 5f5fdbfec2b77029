package org.socialprescribing.measures;

import java.util.List;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * A response cannot be scored because an answer is out of range, not an integer or names an unknown item. The
 * message names the first such item and the allowed range, e.g. {@code wemwbs_3: 6 is outside 1..5}; {@link
 * #report()} lists every problem found. Flags that stand on one valid answer (PHQ-9 item 9 above 0) are still
 * raised: {@link #flags()} lists them and the message ends with them, so that no risk flag is lost with the score.
 */
public class InvalidResponseException extends SpException {

    private static final long serialVersionUID = 1L;

    /** The report is immutable and holds only strings and enum codes, so serialising it is safe. */
    @SuppressWarnings("serial")
    private final ValidationReport report;

    /** Immutable list of strings. */
    @SuppressWarnings("serial")
    private final List<String> flags;

    /**
     * Creates the exception from a report with at least one error.
     *
     * @param report the validation report, not null, with at least one blocking issue
     * @throws IllegalStateException if the report has no error
     */
    public InvalidResponseException(ValidationReport report) {
        this(report, List.of());
    }

    /**
     * Creates the exception from a report with at least one error and the flags the valid answers still raise.
     *
     * @param report the validation report, not null, with at least one blocking issue
     * @param flags the codes of the flags raised, e.g. {@code phq9.item9_positive}, not null
     * @throws IllegalStateException if the report has no error
     */
    public InvalidResponseException(ValidationReport report, List<String> flags) {
        super(
                firstError(report).code(),
                firstError(report).path(),
                null,
                ruleOf(firstError(report)) + (flags.isEmpty() ? "" : "; flags raised: " + String.join(", ", flags)),
                null);
        this.report = report;
        this.flags = List.copyOf(flags);
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

    /** @return the flags the response's valid answers raise despite the error, never null */
    public List<String> flags() {
        return flags;
    }

    /** @return every problem found in the response, never null */
    public ValidationReport report() {
        return report;
    }
}
