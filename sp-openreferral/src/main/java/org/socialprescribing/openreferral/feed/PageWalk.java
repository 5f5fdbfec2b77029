package org.socialprescribing.openreferral.feed;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;

/**
 * One walk through the pages of a directory, page 1 first, each page fetched only when asked for. It holds one
 * page at a time and, to see cycles, a few bytes per page read (its URL, number and a digest of its services'
 * ids), which {@link FeedOptions#maxPages()} bounds.
 *
 * <p>The walk ends after a page that says it is the last ({@code last_page}), that reaches {@code total_pages}, or
 * that holds no services. It also ends, before passing the page on, at a page that repeats an earlier one (a
 * {@link FeedIssueCode#CYCLE}). At its end it compares what it read with the totals the feed announced last
 * ({@link FeedIssueCode#TRUNCATED}, {@link FeedIssueCode#COUNT_MISMATCH}). Failures to read a page, more than
 * {@link FeedOptions#maxPages()} pages, and a spent time budget are thrown. Not thread-safe.
 */
final class PageWalk {

    private final PageFetcher fetcher;
    private final IntFunction<URI> pageUri;
    private final FeedOptions options;
    private final FeedClock clock;

    private @Nullable Deadline deadline;
    private int next = 1;
    private boolean ended;
    private int pages;
    private long services;
    private OptionalInt totalPages = OptionalInt.empty();
    private OptionalInt totalItems = OptionalInt.empty();
    private final Map<String, Integer> uris = new HashMap<>();
    private final Map<Integer, Integer> pageNumbers = new HashMap<>();
    private final Map<ByteBuffer, Integer> contents = new HashMap<>();
    private final List<ValidationIssue> issues = new ArrayList<>();

    PageWalk(PageFetcher fetcher, IntFunction<URI> pageUri, FeedOptions options, FeedClock clock) {
        this.fetcher = fetcher;
        this.pageUri = pageUri;
        this.options = options;
        this.clock = clock;
    }

    /**
     * @return the next page, or empty when the walk has ended ({@link #summary()} says how)
     * @throws OrukFeedException if the next page cannot be read, the feed runs past {@link FeedOptions#maxPages()}
     *     or the time budget is spent; the walk has then ended
     */
    Optional<OrukPage<OrukService>> next() {
        if (ended) {
            return Optional.empty();
        }
        ended = true; // until this page is known not to end the walk, so that a failure ends it too
        URI uri = pageUri.apply(next);
        String shown = Redaction.uri(uri.toString());
        if (next > options.maxPages()) {
            throw new OrukFeedException(
                    shown,
                    FeedIssueCode.RUNAWAY_PAGING,
                    "the feed has not ended after " + options.maxPages() + " pages (the limit)",
                    null);
        }
        if (deadline == null) {
            deadline = Deadline.after(clock, options.timeBudget());
        }
        PageFetcher.Fetched fetched = fetcher.fetch(uri, deadline);
        OrukPage<OrukService> page = fetched.page();
        ByteBuffer digest = digest(page);
        Optional<String> repeated = repeats(fetched, digest);
        if (repeated.isPresent()) {
            issues.add(ValidationIssue.of(FeedIssueCode.CYCLE, shown, repeated.get()));
            return Optional.empty();
        }
        uris.put(fetched.uri().toString(), next);
        page.pageNumber().ifPresent(number -> pageNumbers.put(number, next));
        if (!page.contents().isEmpty()) {
            contents.put(digest, next);
        }
        pages++;
        services += page.contents().size();
        if (page.totalPages().isPresent()) {
            totalPages = page.totalPages();
        }
        if (page.totalItems().isPresent()) {
            totalItems = page.totalItems();
        }
        boolean empty = page.contents().isEmpty();
        boolean last = page.lastPage().orElse(false);
        if (empty || last || (totalPages.isPresent() && next >= totalPages.getAsInt())) {
            checkComplete(shown, empty);
        } else {
            ended = false;
        }
        next++;
        return Optional.of(page);
    }

    /** @return what the walk has read so far, and the issues found; complete once {@link #next()} is empty */
    FeedSummary summary() {
        return new FeedSummary(pages, services, totalPages, totalItems, ValidationReport.of(issues));
    }

    /** Why the page repeats an earlier one, if it does. */
    private Optional<String> repeats(PageFetcher.Fetched fetched, ByteBuffer digest) {
        Integer earlier = uris.get(fetched.uri().toString());
        if (earlier != null) {
            return Optional.of("is answered, after redirects, from the URL that answered page " + earlier + " ("
                    + Redaction.uri(fetched.uri().toString()) + "): the feed goes round in a cycle");
        }
        OptionalInt number = fetched.page().pageNumber();
        earlier = number.isPresent() ? pageNumbers.get(number.getAsInt()) : null;
        if (earlier != null) {
            return Optional.of("has page_number " + number.getAsInt() + ", as page " + earlier
                    + " had: the feed goes round in a cycle, or the server ignores the page parameter");
        }
        earlier = fetched.page().contents().isEmpty() ? null : contents.get(digest);
        if (earlier != null) {
            return Optional.of("holds the same services as page " + earlier
                    + ": the feed goes round in a cycle, or the server ignores the page parameter");
        }
        return Optional.empty();
    }

    /** At the walk's natural end: did it read what the feed announced? */
    private void checkComplete(String shown, boolean empty) {
        if (totalPages.isPresent() && next < totalPages.getAsInt()) {
            String how = empty ? "is empty" : "says it is the last page (last_page: true)";
            issues.add(ValidationIssue.of(
                    FeedIssueCode.TRUNCATED,
                    shown,
                    how + ", but total_pages is " + totalPages.getAsInt() + ": the feed ended early"));
        }
        if (totalItems.isPresent() && services != totalItems.getAsInt()) {
            issues.add(ValidationIssue.of(
                    FeedIssueCode.COUNT_MISMATCH,
                    shown,
                    "ends the feed with " + services + " service(s) read, but total_items is "
                            + totalItems.getAsInt()));
        }
    }

    /** A digest of the page's service ids, in order: equal for pages with the same services. */
    private static ByteBuffer digest(OrukPage<OrukService> page) {
        MessageDigest digest = sha256();
        for (OrukService service : page.contents()) {
            digest.update(service.id().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return ByteBuffer.wrap(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
