package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.openreferral.Page;
import org.socialprescribing.openreferral.Service;

/**
 * Reads every service of an Open Referral UK directory from its API, {@code GET {base}/services?page=N} for
 * N = 1, 2, ..., as a lazy stream: a page is fetched only when the stream needs its services, and only one page
 * is held at a time, so a directory of any size can be read.
 *
 * <pre>{@code
 * OrukFeedReader feed = OrukFeedReader.of(URI.create("https://directory.example.org/api/v3"));
 * try (Stream<Service> services = feed.services()) {
 *     services.filter(s -> s.status() == ServiceStatus.ACTIVE).forEach(directory::add);
 * }
 * }</pre>
 *
 * <p>Each page is requested with the {@linkplain FeedOptions timeouts} given, retried with exponential backoff
 * when the server answers 5xx or 429 or the request fails, and read whole before its services are passed on (so
 * a retried page is never passed on twice). The walk ends after the page that says it is the last, reaches
 * {@code total_pages} or is empty. Every failure, including a response that is not an ORUK page and paging that
 * does not end, is an {@link OrukFeedException} thrown from the stream.
 *
 * <p>Query parameters of the base URI (a filter, a key) are sent with every page request.
 *
 * <p>Thread-safe; each stream is its own walk from page 1.
 */
public final class OrukFeedReader {

    private final URI services;
    private final @Nullable String baseQuery;
    private final FeedOptions options;
    private final PageFetcher fetcher;

    private OrukFeedReader(URI services, @Nullable String baseQuery, FeedOptions options) {
        this.services = services;
        this.baseQuery = baseQuery;
        this.options = options;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.fetcher = new PageFetcher(client, options);
    }

    /**
     * Creates a reader with the default options.
     *
     * @param base the API's base URI, such as {@code https://directory.example.org/api/v3}, not null
     * @return the reader, never null
     * @throws InvalidValueException if the base URI is not an absolute http or https URI
     */
    public static OrukFeedReader of(URI base) {
        return of(base, FeedOptions.defaults());
    }

    /**
     * Creates a reader.
     *
     * @param base the API's base URI, such as {@code https://directory.example.org/api/v3}, not null
     * @param options timeouts, retries and limits, not null
     * @return the reader, never null
     * @throws InvalidValueException if the base URI is not an absolute http or https URI
     */
    public static OrukFeedReader of(URI base, FeedOptions options) {
        requireNonNull(base, "base");
        requireNonNull(options, "options");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!base.isAbsolute()
                || base.isOpaque()
                || base.getHost() == null
                || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidValueException("base", base.toString(), "must be an absolute http or https URI");
        }
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        try {
            URI services = new URI(base.getScheme(), base.getRawAuthority(), path + "/services", null, null);
            return new OrukFeedReader(services, base.getRawQuery(), options);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("base", base.toString(), "must be an absolute http or https URI", e);
        }
    }

    /**
     * @return the pages of the directory, in order, fetched lazily, never null
     * @throws OrukFeedException from the stream's terminal operation, when a page cannot be read
     */
    public Stream<Page<Service>> pages() {
        return StreamSupport.stream(new PageWalk(fetcher, this::pageUri, options.maxPages()), false);
    }

    /**
     * @return every service of the directory, in the order the pages give them, fetched lazily, never null
     * @throws OrukFeedException from the stream's terminal operation, when a page cannot be read
     */
    public Stream<Service> services() {
        return pages().flatMap(page -> page.contents().stream());
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
