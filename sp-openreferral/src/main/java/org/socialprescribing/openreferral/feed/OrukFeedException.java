package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;

/**
 * Reading a directory from an ORUK API failed. The {@linkplain #field() field} is the URI of the page request
 * that failed, the {@linkplain #rule() rule} says what went wrong, and {@link #reason()} classifies it for code
 * that decides whether to try again later.
 */
public final class OrukFeedException extends SpException {

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
        /** The paging does not end: a page repeats, or more than {@link FeedOptions#maxPages()} pages came. */
        RUNAWAY_PAGING,
        /** The thread was interrupted while waiting; its interrupt flag is set again. */
        INTERRUPTED
    }

    private final Reason reason;

    OrukFeedException(URI request, Reason reason, String rule, @Nullable Throwable cause) {
        super(request.toString(), rule, null, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /** @return what kind of failure it was, never null */
    public Reason reason() {
        return reason;
    }
}
