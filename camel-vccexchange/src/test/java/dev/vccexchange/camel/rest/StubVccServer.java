package dev.vccexchange.camel.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A scripted VCC REST stub on 127.0.0.1:0 (JDK {@code HttpServer}). Records every request and checks its
 * signature with its OWN HMAC code (not {@link RequestSigner}), over the request line exactly as received.
 * Answers come from per-route queues ({@code "POST /v3/orders"}); an empty queue falls back to the route's
 * default answer, else 404.
 */
final class StubVccServer implements AutoCloseable {

    record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, String body,
            boolean signatureValid) {

        String header(String name) {
            List<String> v = headers.get(name.toLowerCase());
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String relativeUrl() {
            return path.substring(1) + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    record Answer(int status, String body, Map<String, String> headers, long delayMillis) {

        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"), 0);
        }

        static Answer ok(String dataJson) {
            return ok(dataJson, "v1");
        }

        static Answer ok(String dataJson, String dataVersion) {
            return json(200, "{\"message\":null,\"dataVersion\":\"" + dataVersion + "\",\"data\":" + dataJson + "}");
        }

        Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Answer(status, body, h, delayMillis);
        }

        Answer delayed(long millis) {
            return new Answer(status, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String secret;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Function<Recorded, Answer>> defaults = new ConcurrentHashMap<>();
    /** Released on close so that delayed (timeout) handlers end. */
    private final CountDownLatch closing = new CountDownLatch(1);

    StubVccServer(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
    }

    /** Queues answers for one route, used once each, in order. */
    StubVccServer script(String route, Answer... answers) {
        scripts.computeIfAbsent(route, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
        return this;
    }

    /** The answer for a route once its queue is empty. */
    StubVccServer always(String route, Answer answer) {
        defaults.put(route, r -> answer);
        return this;
    }

    StubVccServer always(String route, Function<Recorded, Answer> answer) {
        defaults.put(route, answer);
        return this;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    List<Recorded> requests(String route) {
        return requests.stream().filter(r -> (r.method() + " " + r.path()).equals(route)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new java.util.HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
            String method = ex.getRequestMethod();
            String rel = uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            List<String> sig = headers.get("signature");
            boolean valid = sig != null && sig.size() == 1 && hmac(method + " " + rel).equals(sig.get(0));
            Recorded rec = new Recorded(method, uri.getRawPath(), uri.getRawQuery(), headers, body, valid);
            requests.add(rec);
            String route = method + " " + uri.getRawPath();
            Answer a = null;
            ConcurrentLinkedQueue<Answer> q = scripts.get(route);
            if (q != null) {
                a = q.poll();
            }
            if (a == null && defaults.containsKey(route)) {
                a = defaults.get(route).apply(rec);
            }
            if (a == null) {
                a = Answer.json(404, "{\"message\":\"no stub for " + route + "\"}");
            }
            if (a.delayMillis() > 0 && closing.await(a.delayMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (timeout tests)
        }
    }

    private String hmac(String toSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
