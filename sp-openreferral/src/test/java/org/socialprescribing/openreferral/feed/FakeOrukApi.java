package org.socialprescribing.openreferral.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An ORUK API on 127.0.0.1 at an ephemeral port, answering {@code GET .../services?page=N} as a test scripts it:
 * invented pages, and broken answers (errors, wrong content types, cut-off JSON, dropped connections, answers that
 * never come, redirects, {@code Retry-After}). It records each request and its {@code Authorization} header.
 */
final class FakeOrukApi implements AutoCloseable, AfterEachCallback {

    /** One answer. */
    record Answer(
            int status,
            String contentType,
            byte[] body,
            boolean dropConnection,
            boolean hang,
            Map<String, String> headers) {
        static Answer json(String body) {
            return new Answer(
                    200,
                    "application/json; charset=utf-8",
                    body.getBytes(StandardCharsets.UTF_8),
                    false,
                    false,
                    Map.of());
        }

        static Answer status(int status) {
            return new Answer(
                    status, "application/json", "{}".getBytes(StandardCharsets.UTF_8), false, false, Map.of());
        }

        static Answer typed(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), false, false, Map.of());
        }

        static Answer droppedConnection() {
            return new Answer(0, "", new byte[0], true, false, Map.of());
        }

        static Answer neverAnswered() {
            return new Answer(0, "", new byte[0], false, true, Map.of());
        }

        /** A redirect (301, 302, 303, 307 or 308) to the location given. */
        static Answer redirect(int status, String location) {
            return status(status).withHeader("Location", location);
        }

        /** This answer with one more header. */
        Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, dropConnection, hang, Map.copyOf(more));
        }
    }

    /** Scripts the answers: given the page asked for and how many times it has been asked for (from 1). */
    @FunctionalInterface
    interface Script {
        Answer answer(int page, int attempt);
    }

    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final List<Optional<String>> authorizations = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Script script;

    private FakeOrukApi(Script script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static FakeOrukApi start(Script script) throws IOException {
        return new FakeOrukApi(script);
    }

    /**
     * @return an API that answers 404 until scripted, for a test's {@code @RegisterExtension} field: it is stopped
     *     after each test
     */
    static FakeOrukApi perTest() {
        try {
            return start((page, attempt) -> Answer.status(404));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** @return the base URI of the API, under {@code /api/v3} */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3");
    }

    /** @return the port the API listens on */
    int port() {
        return server.getAddress().getPort();
    }

    /** @return every request received, in order */
    List<URI> requests() {
        return List.copyOf(requests);
    }

    /** @return the {@code Authorization} header of every request received, in order */
    List<Optional<String>> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Replaces the script and forgets earlier requests. */
    void script(Script next) {
        script = next;
        requests.clear();
        authorizations.clear();
        attempts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri);
        authorizations.add(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
        Matcher page = PAGE.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        int number = page.find() ? Integer.parseInt(page.group(1)) : 0;
        int attempt =
                attempts.computeIfAbsent(number, key -> new AtomicInteger()).incrementAndGet();
        Answer answer = script.answer(number, attempt);
        if (answer.hang()) {
            try {
                closing.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (answer.dropConnection()) {
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
