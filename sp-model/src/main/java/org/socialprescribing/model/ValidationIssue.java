package org.socialprescribing.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One problem found by a {@code validate(...)} call: what rule ({@link #code()}), how serious
 * ({@link #severity()}), where ({@link #path()}, a dotted path such as {@code referral.reasons[0].code}) and a
 * message for people. Messages never contain an unmasked personal identifier: the path and message go through
 * {@link PersonalData#mask(String)} when the issue is made, whoever makes it, so a validator that quotes the
 * value it rejects (HAPI's, the SDK's own) cannot print an NHS number in clear.
 */
public final class ValidationIssue {

    private final IssueCode code;
    private final Severity severity;
    private final String path;
    private final String message;

    private ValidationIssue(IssueCode code, Severity severity, String path, String message) {
        this.code = requireNonNull(code, "code");
        this.severity = requireNonNull(severity, "severity");
        this.path = PersonalData.mask(requireNonNull(path, "path"));
        this.message = PersonalData.mask(requireNonNull(message, "message"));
    }

    /**
     * Creates an issue with an explicit severity.
     *
     * @param code the rule that was broken, not null
     * @param severity how serious it is, not null
     * @param path where in the data, not null (empty for the whole object); NHS numbers in it are masked
     * @param message what is wrong, for people, not null; NHS numbers in it are masked
     * @return the issue, never null
     * @throws NullPointerException if an argument is null
     */
    public static ValidationIssue of(IssueCode code, Severity severity, String path, String message) {
        return new ValidationIssue(code, severity, path, message);
    }

    /**
     * Creates an issue with the code's default severity.
     *
     * @param code the rule that was broken, not null
     * @param path where in the data, not null (empty for the whole object); NHS numbers in it are masked
     * @param message what is wrong, for people, not null; NHS numbers in it are masked
     * @return the issue, never null
     * @throws NullPointerException if an argument is null
     */
    public static ValidationIssue of(IssueCode code, String path, String message) {
        return new ValidationIssue(code, code.defaultSeverity(), path, message);
    }

    /** @return the rule that was broken, never null */
    public IssueCode code() {
        return code;
    }

    /** @return how serious the issue is, never null */
    public Severity severity() {
        return severity;
    }

    /** @return where the issue is, a dotted path; empty for the whole object; never null */
    public String path() {
        return path;
    }

    /** @return a message for people, never null */
    public String message() {
        return message;
    }

    /**
     * Returns this issue with its path placed under a parent path, so that nested validators can report
     * paths relative to themselves and the caller can locate them in the whole.
     *
     * @param parent the parent path, not null; empty leaves the path unchanged
     * @return the issue with the combined path, never null
     */
    public ValidationIssue under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String combined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new ValidationIssue(code, severity, combined, message);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ValidationIssue)) {
            return false;
        }
        ValidationIssue that = (ValidationIssue) other;
        return code.equals(that.code)
                && severity == that.severity
                && path.equals(that.path)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, path, message);
    }

    @Override
    public String toString() {
        return severity + " " + code.code() + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
