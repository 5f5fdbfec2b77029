package org.socialprescribing.openreferral.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ORUK API on 127.0.0.1 at an ephemeral port, answering {@code GET .../services?page=N} as a test scripts it:
 * invented pages, and broken answers (errors, wrong content types, cut-off JSON, dropped connections, answers that
 * never come).
 */
final class FakeOrukApi implements AutoCloseable {

    /** One answer. */
    record Answer(int status, String contentType, byte[] body, boolean dropConnection, boolean hang) {
        static Answer json(String body) {
            return new Answer(
                    200, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), false, false);
        }

        static Answer status(int status) {
            return new Answer(status, "application/json", "{}".getBytes(StandardCharsets.UTF_8), false, false);
        }

        static Answer typed(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), false, false);
        }

        static Answer droppedConnection() {
            return new Answer(0, "", new byte[0], true, false);
        }

        static Answer neverAnswered() {
            return new Answer(0, "", new byte[0], false, true);
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
    private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
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

    /** @return the base URI of the API, under {@code /api/v3} */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3");
    }

    /** @return every request received, in order */
    List<URI> requests() {
        return List.copyOf(requests);
    }

    /** Replaces the script and forgets earlier requests. */
    void script(Script next) {
        script = next;
        requests.clear();
        attempts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri);
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
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
