package org.socialprescribing.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of a {@code validate(...)} call: an immutable list of {@link ValidationIssue}s. Validation never
 * throws on bad data; it returns a report, and the caller decides. A report with no blocking issue (no
 * {@link Severity#ERROR} or {@link Severity#FATAL}) is {@linkplain #isValid() valid}, even if it has warnings.
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<ValidationIssue> issues;

    private ValidationReport(List<ValidationIssue> issues) {
        this.issues = issues;
    }

    /**
     * A report without issues.
     *
     * @return the empty report, never null
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * A report holding the given issues, in order.
     *
     * @param issues the issues, not null and without null elements
     * @return the report, never null
     * @throws NullPointerException if the collection or an element is null
     */
    public static ValidationReport of(Collection<ValidationIssue> issues) {
        return issues.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(issues));
    }

    /**
     * A report holding the given issues, in order.
     *
     * @param issues the issues, not null
     * @return the report, never null
     * @throws NullPointerException if an issue is null
     */
    public static ValidationReport of(ValidationIssue... issues) {
        return of(List.of(issues));
    }

    /** @return every issue, in the order found, never null */
    public List<ValidationIssue> issues() {
        return issues;
    }

    /** @return true if no issue is an error or fatal (warnings allowed) */
    public boolean isValid() {
        return issues.stream().noneMatch(issue -> issue.severity().isBlocking());
    }

    /** @return true if there are no issues at all, not even warnings */
    public boolean isEmpty() {
        return issues.isEmpty();
    }

    /** @return the errors and fatal issues, in order, never null */
    public List<ValidationIssue> errors() {
        return issues.stream().filter(issue -> issue.severity().isBlocking()).collect(Collectors.toUnmodifiableList());
    }

    /** @return the warnings, in order, never null */
    public List<ValidationIssue> warnings() {
        return issues.stream()
                .filter(issue -> issue.severity() == Severity.WARNING)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether any issue has the given code.
     *
     * @param code the code to look for, not null
     * @return true if an issue has that code
     */
    public boolean contains(IssueCode code) {
        requireNonNull(code, "code");
        return issues.stream().anyMatch(issue -> issue.code().equals(code));
    }

    /**
     * This report followed by another's issues.
     *
     * @param other the other report, not null
     * @return the combined report, never null
     */
    public ValidationReport and(ValidationReport other) {
        if (other.issues.isEmpty()) {
            return this;
        }
        if (issues.isEmpty()) {
            return other;
        }
        List<ValidationIssue> all = new ArrayList<>(issues);
        all.addAll(other.issues);
        return new ValidationReport(List.copyOf(all));
    }

    /**
     * This report with every path placed under a parent path.
     *
     * @param parent the parent path, not null
     * @return the report with combined paths, never null
     */
    public ValidationReport under(String parent) {
        requireNonNull(parent, "parent");
        return of(issues.stream().map(issue -> issue.under(parent)).collect(Collectors.toList()));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ValidationReport && issues.equals(((ValidationReport) other).issues));
    }

    @Override
    public int hashCode() {
        return issues.hashCode();
    }

    @Override
    public String toString() {
        return issues.isEmpty()
                ? "ValidationReport[no issues]"
                : issues.stream()
                        .map(ValidationIssue::toString)
                        .collect(Collectors.joining("; ", "ValidationReport[", "]"));
    }
}
