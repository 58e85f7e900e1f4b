package dev.vccexchange.camel.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Laravel app's {@code POST /broadcasting/auth} as laravel-echo-server calls it, on 127.0.0.1:0.
 * <ul>
 *   <li>{@code private-App.User.<id>}: 200 {@code true} when {@code Authorization: Bearer <key>} maps to
 *       {@code <id>}, else 403;</li>
 *   <li>{@code presence-*}: 200 {@code {"channel_data":{"user_id":<id>,"user_info":{"id":<id>,"name":"User <id>"}}}}
 *       for any known key, else 403;</li>
 *   <li>anything else: 403;</li>
 *   <li>{@link #answer500(boolean)} / {@link #forceStatus(int)} override every answer.</li>
 * </ul>
 * Every request is recorded ({@link #requests()}).
 */
public final class ChannelAuthStub implements AutoCloseable {

    private static final Pattern USER_CHANNEL = Pattern.compile("private-App\\.User\\.(.+)");

    /** A request as received: lower-case header names (first value), the raw body. */
    public record AuthRequest(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** {@code channel_name} from the form body, or null. */
        public String channelName() {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals("channel_name")) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private final Map<String, String> keyToUserId;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<AuthRequest> requests = new CopyOnWriteArrayList<>();
    private volatile int forcedStatus;

    private ChannelAuthStub(Map<String, String> keyToUserId) throws IOException {
        this.keyToUserId = Map.copyOf(keyToUserId);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "channel-auth-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the stub; {@code keyToUserId} maps a bearer key to the user id it authenticates. */
    public static ChannelAuthStub start(Map<String, String> keyToUserId) {
        try {
            return new ChannelAuthStub(keyToUserId);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the channel auth stub: " + e, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the echo server's {@code authHost}. */
    public URI authHost() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code http://127.0.0.1:<port>/broadcasting/auth}. */
    public URI authUrl() {
        return authHost().resolve("/broadcasting/auth");
    }

    /** While on, every request gets a 500. */
    public void answer500(boolean on) {
        forcedStatus = on ? 500 : 0;
    }

    /** Every request gets this status (0 = normal rules). */
    public void forceStatus(int status) {
        forcedStatus = status;
    }

    public List<AuthRequest> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
            AuthRequest req = new AuthRequest(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(headers), body);
            requests.add(req);

            int status;
            String answer;
            if (forcedStatus != 0) {
                status = forcedStatus;
                answer = "{\"message\":\"forced " + forcedStatus + "\"}";
            } else if (!"POST".equals(req.method()) || !"/broadcasting/auth".equals(req.path())) {
                status = 404;
                answer = "{\"message\":\"not found\"}";
            } else {
                String userId = userOf(req.header("authorization"));
                String channel = req.channelName() == null ? "" : req.channelName();
                Matcher m = USER_CHANNEL.matcher(channel);
                if (userId != null && m.matches() && m.group(1).equals(userId)) {
                    status = 200;
                    answer = "true";
                } else if (userId != null && channel.startsWith("presence-")) {
                    status = 200;
                    String id = userId.matches("\\d+") ? userId : "\"" + userId + "\"";
                    answer = "{\"channel_data\":{\"user_id\":" + id + ",\"user_info\":{\"id\":" + id
                            + ",\"name\":\"User " + userId + "\"}}}";
                } else {
                    status = 403;
                    answer = "{\"message\":\"\"}";
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String userOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return keyToUserId.get(authorization.substring("Bearer ".length()).trim());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
