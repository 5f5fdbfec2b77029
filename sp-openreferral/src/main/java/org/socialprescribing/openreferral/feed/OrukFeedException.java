package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * Reading a directory from an ORUK API failed. The {@linkplain #field() field} is the URI of the page request
 * that failed, the {@linkplain #rule() rule} says what went wrong, and {@link #reason()} classifies it for code
 * that decides whether to try again later. Credentials never appear: the user information of a URI and secret
 * query values are hidden.
 *
 * <p>It is not an {@link IllegalArgumentException}: a server that cannot be reached, or answers with something
 * other than a directory, is not a wrong argument of the caller's.
 */
public final class OrukFeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was. */
    public enum Reason {
        /** The server answered with an HTTP error: a 4xx at once, or a 5xx or 429 on every attempt. */
        HTTP_STATUS,
        /** The server could not be reached or did not answer in time, on every attempt. */
        UNREACHABLE,
        /** The answer is not an ORUK page: not JSON, malformed or cut-off JSON, or JSON that is not a page. */
        NOT_ORUK,
        /** The page is larger than {@link FeedOptions#maxPageBytes()}. */
        PAGE_TOO_LARGE,
        /** The feed has not ended after {@link FeedOptions#maxPages()} pages. */
        RUNAWAY_PAGING,
        /** A page repeats an earlier one ({@link FeedIssueCode#CYCLE}); {@link #issues()} says which. */
        CYCLE,
        /**
         * The feed ended before its announced {@code total_pages}, or its {@code total_items} is not the number of
         * services read ({@link FeedIssueCode#TRUNCATED}, {@link FeedIssueCode#COUNT_MISMATCH}); {@link #issues()}
         * says how.
         */
        TRUNCATED,
        /**
         * The walk would outlast {@link FeedOptions#timeBudget()}: the budget is spent, or the server asked (with
         * {@code Retry-After}) for a wait longer than what is left of it.
         */
        TIME_BUDGET,
        /**
         * A redirect was not followed: to a host other than the base's that {@link FeedOptions#allowedHosts()}
         * does not name, from https to http, to a scheme other than http and https, or more than five in a row.
         */
        REDIRECT_REFUSED,
        /** The thread was interrupted while waiting; its interrupt flag is set again. */
        INTERRUPTED
    }

    private final String field;
    private final String rule;
    private final Reason reason;
    private final ValidationReport issues;

    /**
     * @param request the page request's URI, credentials already hidden
     * @param cause the underlying failure, or null; its message must not hold credentials
     */
    OrukFeedException(String request, Reason reason, String rule, @Nullable Throwable cause) {
        this(request, reason, rule, ValidationReport.empty(), cause);
    }

    private OrukFeedException(
            String request, Reason reason, String rule, ValidationReport issues, @Nullable Throwable cause) {
        super(request + ": " + rule, cause);
        this.field = request;
        this.rule = requireNonNull(rule, "rule");
        this.reason = requireNonNull(reason, "reason");
        this.issues = requireNonNull(issues, "issues");
    }

    /** The walk ended incomplete: the first issue is the message, all of them are {@link #issues()}. */
    static OrukFeedException incomplete(ValidationReport issues) {
        var first = issues.issues().get(0);
        Reason reason = first.code() == FeedIssueCode.CYCLE ? Reason.CYCLE : Reason.TRUNCATED;
        String more = issues.issues().size() > 1 ? " (and " + (issues.issues().size() - 1) + " more issue(s))" : "";
        return new OrukFeedException(first.path(), reason, first.message() + more, issues, null);
    }

    /** @return the URI of the page request that failed, credentials hidden, never null */
    public String field() {
        return field;
    }

    /** @return what went wrong, in words, never null */
    public String rule() {
        return rule;
    }

    /** @return what kind of failure it was, never null */
    public Reason reason() {
        return reason;
    }

    /**
     * The failure as a stable issue code, as {@code SpException#code()} gives one for bad input: for an incomplete
     * walk the code of its first issue ({@code oruk.feed.cycle}, {@code .truncated}, {@code .count-mismatch}), else
     * the code of the {@linkplain #reason() reason} ({@code oruk.feed.unreachable}...).
     *
     * @return the code, never null
     */
    public FeedIssueCode code() {
        if (!issues.isEmpty() && issues.issues().get(0).code() instanceof FeedIssueCode first) {
            return first;
        }
        return switch (reason) {
            case HTTP_STATUS -> FeedIssueCode.HTTP_STATUS;
            case UNREACHABLE -> FeedIssueCode.UNREACHABLE;
            case NOT_ORUK -> FeedIssueCode.NOT_ORUK;
            case PAGE_TOO_LARGE -> FeedIssueCode.PAGE_TOO_LARGE;
            case RUNAWAY_PAGING -> FeedIssueCode.RUNAWAY_PAGING;
            case CYCLE -> FeedIssueCode.CYCLE;
            case TRUNCATED -> FeedIssueCode.TRUNCATED;
            case TIME_BUDGET -> FeedIssueCode.TIME_BUDGET;
            case REDIRECT_REFUSED -> FeedIssueCode.REDIRECT_REFUSED;
            case INTERRUPTED -> FeedIssueCode.INTERRUPTED;
        };
    }

    /**
     * @return for {@link Reason#CYCLE} and {@link Reason#TRUNCATED}, the issues the walk found (as {@link
     *     FeedSummary#report()} gives them); otherwise empty; never null
     */
    public ValidationReport issues() {
        return issues;
    }
}
