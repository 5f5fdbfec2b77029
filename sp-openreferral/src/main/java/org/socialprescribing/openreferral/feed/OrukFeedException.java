package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * Reading a directory from an ORUK API failed. The {@linkplain #field() field} is the URI of the page request
 * that failed, the {@linkplain #rule() rule} says what went wrong, and {@link #code()} classifies it for code
 * that decides whether to try again later. Credentials never appear: the user information of a URI and secret
 * query values are hidden.
 *
 * <p>It is not an {@link IllegalArgumentException}: a server that cannot be reached, or answers with something
 * other than a directory, is not a wrong argument of the caller's.
 */
public final class OrukFeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final FeedIssueCode code;
    private final ValidationReport issues;

    /**
     * @param request the page request's URI, credentials already hidden
     * @param cause the underlying failure, or null; its message must not hold credentials
     */
    OrukFeedException(String request, FeedIssueCode code, String rule, @Nullable Throwable cause) {
        this(request, code, rule, ValidationReport.empty(), cause);
    }

    private OrukFeedException(
            String request, FeedIssueCode code, String rule, ValidationReport issues, @Nullable Throwable cause) {
        super(request + ": " + rule, cause);
        this.field = request;
        this.rule = requireNonNull(rule, "rule");
        this.code = requireNonNull(code, "code");
        this.issues = requireNonNull(issues, "issues");
    }

    /** The walk ended incomplete: the first issue is the message, all of them are {@link #issues()}. */
    static OrukFeedException incomplete(ValidationReport issues) {
        var first = issues.issues().get(0);
        FeedIssueCode code = first.code() instanceof FeedIssueCode feed ? feed : FeedIssueCode.TRUNCATED;
        String more = issues.issues().size() > 1 ? " (and " + (issues.issues().size() - 1) + " more issue(s))" : "";
        return new OrukFeedException(first.path(), code, first.message() + more, issues, null);
    }

    /** @return the URI of the page request that failed, credentials hidden, never null */
    public String field() {
        return field;
    }

    /** @return what went wrong, in words, never null */
    public String rule() {
        return rule;
    }

    /**
     * What kind of failure it was, as a stable issue code, as {@code SpException#code()} gives one for bad input: for
     * an incomplete walk the code of its first issue ({@code oruk.feed.cycle}, {@code .truncated}, {@code
     * .count-mismatch}), else the failure's ({@code oruk.feed.unreachable}, {@code .http-status}...).
     *
     * @return the code, never null
     */
    public FeedIssueCode code() {
        return code;
    }

    /**
     * @return for an incomplete walk ({@link FeedIssueCode#CYCLE}, {@link FeedIssueCode#TRUNCATED}, {@link
     *     FeedIssueCode#COUNT_MISMATCH}), the issues the walk found (as {@link
     *     FeedSummary#report()} gives them); otherwise empty; never null
     */
    public ValidationReport issues() {
        return issues;
    }
}
