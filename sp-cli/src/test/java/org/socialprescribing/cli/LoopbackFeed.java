package org.socialprescribing.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ORUK API on 127.0.0.1 at an ephemeral port for the {@code sp directory} tests: it answers {@code GET
 * /api/services?page=N} with what a function of N gives, generated on the fly so that a test can serve a directory
 * of any size without holding it.
 */
final class LoopbackFeed implements AutoCloseable {

    /** One answer: a status, headers and a JSON body. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(String body) {
            return new Answer(200, Map.of(), body);
        }

        static Answer redirect(String location) {
            return new Answer(302, Map.of("Location", location), "");
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), "{}");
        }
    }

    /** The answer for page N. */
    @FunctionalInterface
    interface Pages {
        Answer page(int number);
    }

    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newSingleThreadExecutor();
    private final AtomicInteger requests = new AtomicInteger();
    private final Pages pages;

    private LoopbackFeed(Pages pages) throws IOException {
        this.pages = pages;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static LoopbackFeed start(Pages pages) throws IOException {
        return new LoopbackFeed(pages);
    }

    /** @return the API's base URL, {@code http://127.0.0.1:PORT/api} */
    String base() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** @return how many requests were answered */
    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String query = exchange.getRequestURI().getRawQuery();
        Matcher page = PAGE.matcher(query == null ? "" : query);
        Answer answer = pages.page(page.find() ? Integer.parseInt(page.group(1)) : 0);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
