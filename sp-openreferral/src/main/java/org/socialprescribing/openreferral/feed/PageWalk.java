package org.socialprescribing.openreferral.feed;

import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.openreferral.Page;
import org.socialprescribing.openreferral.Service;
import org.socialprescribing.openreferral.feed.OrukFeedException.Reason;

/**
 * One walk through the pages of a directory, page 1 first, each page fetched only when the stream asks for it.
 * It ends after a page that says it is the last ({@code last_page}), that reaches {@code total_pages}, or that
 * holds no services. It fails, rather than loop, when a page repeats the one before (same {@code page_number}, or
 * the same services) or when more than {@link FeedOptions#maxPages()} pages come. Not thread-safe: one walk per
 * stream.
 */
final class PageWalk extends Spliterators.AbstractSpliterator<Page<Service>> {

    private final PageFetcher fetcher;
    private final IntFunction<URI> pageUri;
    private final int maxPages;

    private int next = 1;
    private boolean ended;
    private @Nullable Page<Service> previous;

    PageWalk(PageFetcher fetcher, IntFunction<URI> pageUri, int maxPages) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.fetcher = fetcher;
        this.pageUri = pageUri;
        this.maxPages = maxPages;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<Service>> action) {
        if (ended) {
            return false;
        }
        URI uri = pageUri.apply(next);
        if (next > maxPages) {
            throw new OrukFeedException(
                    uri,
                    Reason.RUNAWAY_PAGING,
                    "the feed has not ended after " + maxPages + " pages (the limit)",
                    null);
        }
        Page<Service> page = fetcher.fetch(uri);
        checkNotRepeated(uri, page);
        ended = isLast(page);
        previous = page;
        next++;
        action.accept(page);
        return true;
    }

    private boolean isLast(Page<Service> page) {
        OptionalInt totalPages = page.totalPages();
        return page.lastPage().orElse(false)
                || (totalPages.isPresent() && next >= totalPages.getAsInt())
                || page.contents().isEmpty();
    }

    private void checkNotRepeated(URI uri, Page<Service> page) {
        if (previous == null) {
            return;
        }
        if (page.pageNumber().isPresent() && page.pageNumber().equals(previous.pageNumber())) {
            throw new OrukFeedException(
                    uri,
                    Reason.RUNAWAY_PAGING,
                    "the page has the same page_number (" + page.pageNumber().getAsInt()
                            + ") as the page before: the server seems to ignore the page parameter",
                    null);
        }
        if (ids(page).equals(ids(previous))) {
            throw new OrukFeedException(
                    uri,
                    Reason.RUNAWAY_PAGING,
                    "the page holds the same services as the page before: the server seems to ignore the page parameter",
                    null);
        }
    }

    private static List<String> ids(Page<Service> page) {
        return page.contents().stream().map(Service::id).collect(Collectors.toList());
    }
}
