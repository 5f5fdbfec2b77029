package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;

/**
 * Reads every service of an Open Referral UK directory from its API, {@code GET {base}/services?page=N} for
 * N = 1, 2, ..., one page at a time, so that a directory of any size can be read in the memory of one page.
 *
 * <pre>{@code
 * OrukFeedReader feed = OrukFeedReader.of(URI.create("https://directory.example.org/api/v3"));
 * FeedSummary read = feed.walk(page -> page.contents().forEach(sink::add));    // each page as it comes
 * read.report().errors().forEach(System.err::println);                        // a cycle, a cut-off feed...
 *
 * try (Stream<OrukService> services = feed.services()) {                          // or lazily, as a stream
 *     services.filter(s -> s.status() == ServiceStatus.ACTIVE).forEach(directory::add);
 * }
 * }</pre>
 *
 * <p>Each page is requested with the {@linkplain FeedOptions timeouts} given and read whole before its services
 * are passed on (so a retried page is never passed on twice). A 5xx or 429 answer, or a failed request, is retried
 * after the wait a 429 or 503 answer's {@code Retry-After} asks for, else after an exponential backoff; the whole
 * walk stays within {@link FeedOptions#timeBudget()}. Redirects are followed on the base's host only, and to the
 * {@linkplain FeedOptions#allowedHosts() hosts the caller allows}. User information in the base URI ({@code
 * https://user:password@host/...}) is sent as HTTP Basic credentials to the base's host and port only, and never
 * shown: messages and exceptions hide it, and secret query values such as {@code api_key}.
 *
 * <p>The walk ends after the page that says it is the last, reaches {@code total_pages} or is empty. A walk that
 * goes round in a cycle, ends before its announced {@code total_pages}, or reads a number of services other than
 * its {@code total_items} has read an incomplete directory: {@link #walk} reports it in its {@link FeedSummary};
 * the streams throw an {@link OrukFeedException} after the last page read. A page that cannot be read is an
 * {@link OrukFeedException} from either, after the pages read before it have been passed on.
 *
 * <p>Query parameters of the base URI (a filter, a key) are sent with every page request.
 *
 * <p>Thread-safe; each walk and each stream is its own walk from page 1.
 */
public final class OrukFeedReader {

    private final URI services;
    private final @Nullable String baseQuery;
    private final FeedOptions options;
    private final PageFetcher fetcher;
    private final FeedClock clock;

    private OrukFeedReader(URI base, URI services, @Nullable String baseQuery, FeedOptions options, FeedClock clock) {
        this.services = services;
        this.baseQuery = baseQuery;
        this.options = options;
        this.clock = clock;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                // Redirects are followed by the fetcher, which checks where each one leads.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.fetcher = new PageFetcher(client, options, Origin.of(base, options.allowedHosts()), clock);
    }

    /**
     * Creates a reader with the default options.
     *
     * @param base the API's base URI, such as {@code https://directory.example.org/api/v3}, not null
     * @return the reader, never null
     * @throws InvalidValueException if the base URI is not an absolute http or https URI (the message hides its
     *     credentials)
     */
    public static OrukFeedReader of(URI base) {
        return of(base, FeedOptions.defaults());
    }

    /**
     * Creates a reader.
     *
     * @param base the API's base URI, such as {@code https://directory.example.org/api/v3}, not null
     * @param options timeouts, retries, limits and allowed hosts, not null
     * @return the reader, never null
     * @throws InvalidValueException if the base URI is not an absolute http or https URI (the message hides its
     *     credentials)
     */
    public static OrukFeedReader of(URI base, FeedOptions options) {
        return of(base, options, FeedClock.SYSTEM);
    }

    /** A reader on a clock of the test's. */
    static OrukFeedReader of(URI base, FeedOptions options, FeedClock clock) {
        requireNonNull(base, "base");
        requireNonNull(options, "options");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!base.isAbsolute()
                || base.isOpaque()
                || base.getHost() == null
                || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidValueException(
                    "base", Redaction.uri(base.toString()), "must be an absolute http or https URI with a host");
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        URI services = URI.create(base.getScheme() + "://" + base.getRawAuthority() + path + "/services");
        return new OrukFeedReader(base, services, base.getRawQuery(), options, clock);
    }

    /**
     * Walks the whole directory, passing each page on as it comes; only one page is held at a time.
     *
     * @param onPage called with each page, in order, an empty last page included; not null. What it throws ends
     *     the walk and is thrown on.
     * @return what was read, with the issues that say it is incomplete (a cycle, a feed that ended early, counts
     *     that disagree), never null
     * @throws OrukFeedException if a page cannot be read (HTTP errors, timeouts, a refused redirect, a page that is
     *     not ORUK JSON or is too large), the feed runs past {@link FeedOptions#maxPages()}, or the time budget is
     *     spent; the pages read before have been passed on
     */
    public FeedSummary walk(Consumer<? super OrukPage<OrukService>> onPage) {
        requireNonNull(onPage, "onPage");
        PageWalk walk = newWalk();
        for (Optional<OrukPage<OrukService>> page = walk.next(); page.isPresent(); page = walk.next()) {
            onPage.accept(page.get());
        }
        return walk.summary();
    }

    /**
     * @return the pages of the directory, in order, fetched lazily, never null
     * @throws OrukFeedException from the stream's terminal operation, when a page cannot be read, or after the
     *     last page when the walk read an incomplete directory ({@link FeedIssueCode#CYCLE}, {@link
     *     FeedIssueCode#TRUNCATED}, with the {@linkplain OrukFeedException#issues() issues})
     */
    public Stream<OrukPage<OrukService>> pages() {
        PageWalk walk = newWalk();
        Spliterator<OrukPage<OrukService>> pages =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super OrukPage<OrukService>> action) {
                        Optional<OrukPage<OrukService>> page = walk.next();
                        if (page.isPresent()) {
                            action.accept(page.get());
                            return true;
                        }
                        FeedSummary summary = walk.summary();
                        if (!summary.isComplete()) {
                            throw OrukFeedException.incomplete(summary.report());
                        }
                        return false;
                    }
                };
        return StreamSupport.stream(pages, false);
    }

    /**
     * @return every service of the directory, in the order the pages give them, fetched lazily, never null
     * @throws OrukFeedException from the stream's terminal operation, as {@link #pages()} does
     */
    public Stream<OrukService> services() {
        return pages().flatMap(page -> page.contents().stream());
    }

    /** @return the base URI as text, with its user information and secret query values hidden, never null */
    public String redactedBase() {
        String base = services.toString().replaceFirst("/services$", "");
        return Redaction.uri(baseQuery == null ? base : base + "?" + baseQuery);
    }

    /** @return the reader's base URI with credentials hidden */
    @Override
    public String toString() {
        return "OrukFeedReader[" + redactedBase() + "]";
    }

    private PageWalk newWalk() {
        return new PageWalk(fetcher, this::pageUri, options, clock);
    }

    /**
     * The URI of page {@code page}: {@code {base}/services?page=N}, after the base's own query parameters if it
     * has any, with {@code per_page} if set.
     */
    URI pageUri(int page) {
        StringBuilder query = new StringBuilder();
        if (baseQuery != null && !baseQuery.isEmpty()) {
            query.append(baseQuery).append('&');
        }
        query.append("page=").append(page);
        options.perPage().ifPresent(perPage -> query.append("&per_page=").append(perPage));
        return URI.create(services + "?" + query);
    }
}
