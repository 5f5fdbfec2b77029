package org.socialprescribing.openreferral.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.socialprescribing.openreferral.OrukFormatException;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;

/**
 * Fetches one page of services: one GET, following redirects that stay where the {@link Origin} allows, retried
 * when the server answers 5xx or 429 or the request fails (after the wait a {@code Retry-After} asks for, else
 * after an exponential backoff), all within the walk's {@link Deadline}; then checked to be an ORUK page.
 * Thread-safe.
 */
final class PageFetcher {

    /** The most redirects followed for one request, as the JDK's own redirect policy. */
    static final int MAX_REDIRECTS = 5;

    /** How the HTML sniffing looks at a body: only its first characters. */
    private static final int SNIFFED_CHARACTERS = 64;

    /** A page and the URI that gave it, after redirects and without user information. */
    record Fetched(URI uri, OrukPage<OrukService> page) {}

    /** An answer and the URI that gave it. */
    private record Answer(URI uri, HttpResponse<byte[]> response) {}

    private final HttpClient client;
    private final FeedOptions options;
    private final Origin origin;
    private final FeedClock clock;

    PageFetcher(HttpClient client, FeedOptions options, Origin origin, FeedClock clock) {
        this.client = client;
        this.options = options;
        this.origin = origin;
        this.clock = clock;
    }

    /**
     * @param uri the page's URI, which may hold user information (never sent as such)
     * @param deadline the end of the walk's time budget
     * @return the page at the URI, never null
     * @throws OrukFeedException if the page cannot be had in time, or is not an ORUK page of services
     */
    Fetched fetch(URI uri, Deadline deadline) {
        String shown = Redaction.uri(uri.toString());
        String lastFailure = "";
        Throwable lastCause = null;
        boolean lastWasStatus = false;
        Optional<Duration> asked = Optional.empty();
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(shown, attempt - 1, asked, lastFailure, deadline);
            }
            Answer answer;
            try {
                answer = exchange(uri, shown, deadline);
            } catch (IOException | TimeoutException e) {
                if (deadline.passed()) {
                    throw budgetSpent(shown, deadline);
                }
                lastFailure = e instanceof TimeoutException
                        ? "no complete answer within " + describe(options.requestTimeout())
                        : "the request failed (" + failure((IOException) e) + ")";
                lastCause = e;
                lastWasStatus = false;
                asked = Optional.empty();
                continue;
            }
            int status = answer.response().statusCode();
            if (status >= 500 || status == 429) {
                lastFailure = "the server answered HTTP " + status;
                lastCause = null;
                lastWasStatus = true;
                asked = status == 429 || status == 503
                        ? RetryAfter.read(answer.response().headers(), clock.now())
                        : Optional.empty();
                continue;
            }
            if (status < 200 || status > 299) {
                throw new OrukFeedException(
                        shown, FeedIssueCode.HTTP_STATUS, "the server answered HTTP " + status, null);
            }
            return new Fetched(Origin.withoutUserInfo(answer.uri()), page(shown, answer.response()));
        }
        String rule = lastFailure + " on all " + options.maxAttempts() + " attempts";
        throw new OrukFeedException(
                shown, lastWasStatus ? FeedIssueCode.HTTP_STATUS : FeedIssueCode.UNREACHABLE, rule, lastCause);
    }

    /** One request and the redirects that follow it. */
    private Answer exchange(URI uri, String shown, Deadline deadline) throws IOException, TimeoutException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(current, shown, deadline);
            int status = response.statusCode();
            if (!isRedirect(status)) {
                return new Answer(current, response);
            }
            URI next = location(current, response, shown);
            if (redirects == MAX_REDIRECTS) {
                throw new OrukFeedException(
                        shown,
                        FeedIssueCode.REDIRECT_REFUSED,
                        "more than " + MAX_REDIRECTS + " redirects in a row",
                        null);
            }
            Optional<String> refusal = origin.refusal(current, next);
            if (refusal.isPresent()) {
                throw new OrukFeedException(
                        shown,
                        FeedIssueCode.REDIRECT_REFUSED,
                        "the server answered HTTP " + status + ", a redirect that " + refusal.get() + " ("
                                + Redaction.uri(next.toString()) + "); it is not followed",
                        null);
            }
            current = next;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect leads, resolved against the URI that answered it. */
    private static URI location(URI from, HttpResponse<byte[]> response, String shown) {
        int status = response.statusCode();
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new OrukFeedException(
                        shown,
                        FeedIssueCode.HTTP_STATUS,
                        "the server answered HTTP " + status + ", a redirect without a Location",
                        null));
        try {
            return from.resolve(new URI(location.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new OrukFeedException(
                    shown,
                    FeedIssueCode.HTTP_STATUS,
                    "the server answered HTTP " + status + ", a redirect whose Location is not a URI",
                    null);
        }
    }

    private HttpResponse<byte[]> send(URI uri, String shown, Deadline deadline) throws IOException, TimeoutException {
        Duration timeout = shorter(options.requestTimeout(), deadline.remaining());
        if (timeout.isZero()) {
            throw budgetSpent(shown, deadline);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(Origin.withoutUserInfo(uri))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        origin.authorization(uri).ifPresent(credentials -> request.header("Authorization", credentials));
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(
                request.build(),
                info -> info.statusCode() >= 200 && info.statusCode() <= 299
                        ? new CappedBody(options.maxPageBytes())
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            // The request timeout covers the wait for headers only; this one covers the body as well.
            return response.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new OrukFeedException(
                    shown, FeedIssueCode.INTERRUPTED, "was interrupted while waiting for the page", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLargeException) {
                throw new OrukFeedException(
                        shown,
                        FeedIssueCode.PAGE_TOO_LARGE,
                        "the page is larger than " + options.maxPageBytes() + " bytes",
                        null);
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(cause);
        }
    }

    private static OrukPage<OrukService> page(String shown, HttpResponse<byte[]> response) {
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (contentType.isEmpty() || !isJson(contentType.get())) {
            String found =
                    contentType.map(type -> "Content-Type '" + type + "'").orElse("no Content-Type");
            throw new OrukFeedException(
                    shown,
                    FeedIssueCode.NOT_ORUK,
                    "is not an ORUK page: the server sent " + found + " where application/json was expected"
                            + (looksLikeHtml(response.body()) ? ", and the body looks like HTML" : ""),
                    null);
        }
        try {
            return OrukJson.readPage(response.body(), OrukService.class);
        } catch (OrukFormatException e) {
            throw new OrukFeedException(
                    shown, FeedIssueCode.NOT_ORUK, "is not an ORUK page of services: " + e.getMessage(), e);
        }
    }

    /** {@code application/json} or a {@code +json} type, with any parameters. */
    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, SNIFFED_CHARACTERS), StandardCharsets.UTF_8);
        return start.stripLeading().startsWith("<");
    }

    /**
     * Waits before retry number {@code retry}: as long as the server asked with {@code Retry-After}, else the
     * initial backoff doubled for each retry and capped. A wait that would outlast the time budget is not begun.
     */
    /**
     * What went wrong with a request, in words: a user's message names no Java class. The causes decide too:
     * HttpClient reports a name it cannot resolve as a {@code ConnectException} caused by an unresolved address.
     */
    static String failure(IOException e) {
        boolean connect = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "the host name could not be resolved";
            }
            if (t instanceof SSLException) {
                return "the TLS connection failed";
            }
            connect |= t instanceof ConnectException;
        }
        return connect ? "the connection was refused or could not be made" : "an input or output error";
    }

    private void pause(String shown, int retry, Optional<Duration> asked, String lastFailure, Deadline deadline) {
        Duration wait = asked.orElseGet(() -> backoff(retry));
        Duration left = deadline.remaining();
        if (wait.compareTo(left) >= 0) {
            String why = asked.isPresent()
                    ? lastFailure + " and asked (Retry-After) for a wait of " + describe(wait)
                    : lastFailure + "; the wait before trying again (" + describe(wait) + ")";
            throw new OrukFeedException(
                    shown,
                    FeedIssueCode.TIME_BUDGET,
                    why + " would outlast the walk's time budget (" + describe(left) + " left of "
                            + describe(deadline.budget()) + ")",
                    null);
        }
        try {
            clock.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrukFeedException(shown, FeedIssueCode.INTERRUPTED, "was interrupted while waiting to retry", e);
        }
    }

    private Duration backoff(int retry) {
        Duration wait = options.initialBackoff();
        for (int i = 1; i < retry && wait.compareTo(options.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return shorter(wait, options.maxBackoff());
    }

    private static OrukFeedException budgetSpent(String shown, Deadline deadline) {
        return new OrukFeedException(
                shown,
                FeedIssueCode.TIME_BUDGET,
                "the walk's time budget (" + describe(deadline.budget()) + ") is spent",
                null);
    }

    private static Duration shorter(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /** A duration for people: {@code 750 ms}, {@code 42 s}, {@code 2.5 s}. */
    static String describe(Duration duration) {
        if (duration.getSeconds() == 0) {
            return duration.toMillis() + " ms";
        }
        if (duration.getNano() / 1_000_000 == 0) {
            return duration.getSeconds() + " s";
        }
        return String.format(Locale.ROOT, "%d.%03d s", duration.getSeconds(), duration.getNano() / 1_000_000)
                .replaceAll("0+ s$", " s");
    }
}
