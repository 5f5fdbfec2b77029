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
    COUNT_MISMATCH("oruk.feed.count-mismatch");

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
