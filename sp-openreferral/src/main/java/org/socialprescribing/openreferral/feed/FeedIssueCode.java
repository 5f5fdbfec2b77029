package org.socialprescribing.openreferral.feed;

import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;

/**
 * The stable issue codes of a walk through a directory's feed ({@code oruk.feed.*}): signs that what was read is
 * not the whole directory. They are reported in the {@link FeedSummary} of {@link OrukFeedReader#walk}, after
 * every page read has been passed on; the streams of {@link OrukFeedReader} throw them as an {@link
 * OrukFeedException} instead. Each is an error: the directory read is incomplete or inconsistent. Codes never
 * change meaning once released.
 */
public enum FeedIssueCode implements IssueCode {

    /**
     * A page repeats an earlier page of the walk: the same URL (after redirects), the same {@code page_number}, or
     * the same services. The walk stops there; the repeated page is not passed on.
     */
    CYCLE("oruk.feed.cycle"),
    /** The feed ended (an empty page, or {@code last_page: true}) before the page {@code total_pages} announced. */
    TRUNCATED("oruk.feed.truncated"),
    /** The number of services read is not the {@code total_items} the feed announced. */
    COUNT_MISMATCH("oruk.feed.count-mismatch"),

    // ---- walks that fail: only as the code of an OrukFeedException

    /** The server answered with an HTTP error: a 4xx at once, or a 5xx or 429 on every attempt. */
    HTTP_STATUS("oruk.feed.http-status"),
    /** The server could not be reached or did not answer in time, on every attempt. */
    UNREACHABLE("oruk.feed.unreachable"),
    /** The answer is not an ORUK page: not JSON, malformed or cut-off JSON, or JSON that is not a page. */
    NOT_ORUK("oruk.feed.not-oruk"),
    /** A page is larger than {@link FeedOptions#maxPageBytes()}. */
    PAGE_TOO_LARGE("oruk.feed.page-too-large"),
    /** The feed has not ended after {@link FeedOptions#maxPages()} pages. */
    RUNAWAY_PAGING("oruk.feed.runaway-paging"),
    /**
     * The walk would outlast {@link FeedOptions#timeBudget()}: the budget is spent, or the server asked (with {@code
     * Retry-After}) for a wait longer than what is left of it.
     */
    TIME_BUDGET("oruk.feed.time-budget"),
    /**
     * A redirect was not followed: to a host other than the base's that {@link FeedOptions#allowedHosts()} does not
     * name, from https to http, to a scheme other than http and https, or more than five in a row.
     */
    REDIRECT_REFUSED("oruk.feed.redirect-refused"),
    /** The thread was interrupted while waiting; its interrupt flag is set again. */
    INTERRUPTED("oruk.feed.interrupted");

    private final String code;

    FeedIssueCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }
}
