package org.socialprescribing.openreferral.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.socialprescribing.openreferral.OrukFormatException;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.Page;
import org.socialprescribing.openreferral.Service;
import org.socialprescribing.openreferral.feed.OrukFeedException.Reason;

/**
 * Fetches one page of services: one GET, retried with exponential backoff when the server answers 5xx or 429 or
 * the request fails, then checked to be an ORUK page. Thread-safe.
 */
final class PageFetcher {

    /** How the HTML sniffing looks at a body: only its first characters. */
    private static final int SNIFFED_CHARACTERS = 64;

    private final HttpClient client;
    private final FeedOptions options;

    PageFetcher(HttpClient client, FeedOptions options) {
        this.client = client;
        this.options = options;
    }

    /**
     * @return the page at the URI, never null
     * @throws OrukFeedException if the page cannot be had, or is not an ORUK page of services
     */
    Page<Service> fetch(URI uri) {
        String lastFailure = "";
        Throwable lastCause = null;
        boolean lastWasStatus = false;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(uri, attempt - 1);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(uri);
            } catch (IOException | TimeoutException e) {
                lastFailure = e instanceof TimeoutException
                        ? "no complete answer within " + options.requestTimeout()
                        : "the request failed (" + e.getClass().getSimpleName() + ")";
                lastCause = e;
                lastWasStatus = false;
                continue;
            }
            int status = response.statusCode();
            if (status >= 500 || status == 429) {
                lastFailure = "the server answered HTTP " + status;
                lastCause = null;
                lastWasStatus = true;
                continue;
            }
            if (status < 200 || status > 299) {
                throw new OrukFeedException(uri, Reason.HTTP_STATUS, "the server answered HTTP " + status, null);
            }
            return page(uri, response);
        }
        String rule = lastFailure + " on all " + options.maxAttempts() + " attempts";
        throw new OrukFeedException(uri, lastWasStatus ? Reason.HTTP_STATUS : Reason.UNREACHABLE, rule, lastCause);
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, info -> new CappedBody(options.maxPageBytes()));
        try {
            // The request timeout covers the wait for headers only; this one covers the body as well.
            return response.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new OrukFeedException(uri, Reason.INTERRUPTED, "was interrupted while waiting for the page", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLargeException) {
                throw new OrukFeedException(
                        uri,
                        Reason.PAGE_TOO_LARGE,
                        "the page is larger than " + options.maxPageBytes() + " bytes",
                        null);
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(cause);
        }
    }

    private static Page<Service> page(URI uri, HttpResponse<byte[]> response) {
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (contentType.isEmpty() || !isJson(contentType.get())) {
            String found =
                    contentType.map(type -> "Content-Type '" + type + "'").orElse("no Content-Type");
            throw new OrukFeedException(
                    uri,
                    Reason.NOT_ORUK,
                    "is not an ORUK page: the server sent " + found + " where application/json was expected"
                            + (looksLikeHtml(response.body()) ? ", and the body looks like HTML" : ""),
                    null);
        }
        try {
            return OrukJson.readPage(response.body(), Service.class);
        } catch (OrukFormatException e) {
            throw new OrukFeedException(uri, Reason.NOT_ORUK, "is not an ORUK page of services: " + e.getMessage(), e);
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

    /** Waits before retry number {@code retry}: the initial backoff, doubled for each retry, capped. */
    private void pause(URI uri, int retry) {
        Duration wait = options.initialBackoff();
        for (int i = 1; i < retry && wait.compareTo(options.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(options.maxBackoff()) > 0) {
            wait = options.maxBackoff();
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrukFeedException(uri, Reason.INTERRUPTED, "was interrupted while waiting to retry", e);
        }
    }
}
