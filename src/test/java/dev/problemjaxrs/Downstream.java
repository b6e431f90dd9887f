package dev.problemjaxrs;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Another service, as raw as HTTP gets: the JDK's HTTP server on a free loopback port, answering each path
 * with exactly the status, headers and bytes a test gives it, including bodies no framework would send
 * (one that never ends, one that stalls). {@code /echo} answers 200 with the {@code traceparent} it got.
 */
final class Downstream implements BeforeAllCallback, AfterAllCallback {

    /** How a body is sent. */
    enum Sending { ALL, ENDLESS, STALLING }

    private record Answer(int status, Map<String, String> headers, byte[] body, Sending sending) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService threads;

    /** Answers {@code path} with the status, headers (name, value, ...) and body. */
    Downstream answer(String path, int status, String body, String... headers) {
        return answer(path, status, body.getBytes(StandardCharsets.UTF_8), Sending.ALL, headers);
    }

    Downstream answer(String path, int status, byte[] body, Sending sending, String... headers) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        answers.put(path, new Answer(status, map, body, sending));
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/echo")) {
                List<String> traceparent = exchange.getRequestHeaders().get("traceparent");
                byte[] body = String.valueOf(traceparent == null ? "none" : String.join(",", traceparent))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            Answer answer = answers.get(path);
            if (answer == null) {
                exchange.sendResponseHeaders(599, -1);
                return;
            }
            answer.headers.forEach(exchange.getResponseHeaders()::add);
            OutputStream out = exchange.getResponseBody();
            switch (answer.sending) {
                case ALL -> {
                    exchange.sendResponseHeaders(answer.status, answer.body.length == 0 ? -1 : answer.body.length);
                    out.write(answer.body);
                }
                case ENDLESS -> {
                    exchange.sendResponseHeaders(answer.status, 0);
                    // until the client hangs up (a write fails) or the server stops
                    while (closing.getCount() > 0) {
                        out.write(answer.body);
                        out.flush();
                    }
                }
                case STALLING -> {
                    exchange.sendResponseHeaders(answer.status, 0);
                    out.write(answer.body);
                    out.flush();
                    closing.await();
                }
            }
        } catch (IOException e) {
            // the client hung up, as it should for endless bodies
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
