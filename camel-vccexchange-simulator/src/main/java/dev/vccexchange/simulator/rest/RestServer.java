package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vccexchange.simulator.SimulatorAccount;
import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Json;
import dev.vccexchange.simulator.engine.MatchingEngine;
import dev.vccexchange.simulator.fault.RestFault;
import dev.vccexchange.simulator.fault.RestFaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * VCC REST v3 on {@code http://127.0.0.1:<port>/v3} (JDK HttpServer, loopback only).
 *
 * <p>Order of a call: fault injection → auth (private paths: Bearer key → 401, signature → 422) → endpoint.
 * Thread: one HTTP worker thread per call (cached pool, daemon), the engine serializes.
 */
public final class RestServer implements AutoCloseable {

    private static final Set<String> PUBLIC_ROOTS = Set.of("exchange_info", "assets", "ticker", "summary", "trades",
            "orderbook", "chart");
    private static final Set<String> PRIVATE_ROOTS = Set.of("user", "balance", "orders", "deposit-address",
            "transactions");

    private final MatchingEngine engine;
    private final Function<String, SimulatorAccount> accountByKey;
    private final RestFaults faults;
    private final int requestedPort;
    private HttpServer server;
    private ExecutorService executor;
    private PublicEndpoints publicEndpoints;
    private PrivateEndpoints privateEndpoints;

    public RestServer(MatchingEngine engine, Function<String, SimulatorAccount> accountByKey, RestFaults faults,
            int port) {
        this.engine = engine;
        this.accountByKey = accountByKey;
        this.faults = faults;
        this.requestedPort = port;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        // The JDK server writes headers and body in separate segments; with Nagle on, the client's delayed ACK
        // holds every response ~40 ms on loopback (measured: 23 round trips/s). Read once, when the server class
        // first loads, so it is set here unless the user chose otherwise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vcc-sim-rest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        server.setExecutor(executor);
        publicEndpoints = new PublicEndpoints(engine);
        privateEndpoints = new PrivateEndpoints(engine, url()); // bound already: the port is known
        server.createContext("/", this::handle);
        server.start();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("REST server not started");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/v3}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/v3";
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            RestResponse r;
            try {
                r = dispatch(ex);
            } catch (RuntimeException e) {
                r = RestResponse.message(500, "Server Error");
            }
            write(ex, r);
        }
    }

    private RestResponse dispatch(HttpExchange ex) throws IOException {
        String rawPath = ex.getRequestURI().getRawPath();
        if (!rawPath.startsWith("/v3/")) {
            return RestResponse.message(404, "Not Found");
        }
        String path = rawPath.substring("/v3/".length());
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        RestFault fault = faults.poll();
        if (fault != null) {
            switch (fault.kind()) {
                case TOO_MANY_REQUESTS:
                    return RestResponse.gateway(429, "Too many requests", "Too many requests").withHeader("Retry-After", "1");
                case INTERNAL_ERROR:
                    return RestResponse.message(500, "Server Error");
                case GATEWAY_TIMEOUT:
                    return RestResponse.gateway(504, "Gateway Timeout", "");
                case CLOUDFLARE_403:
                    return new RestResponse(403, "text/html; charset=UTF-8", RestResponse.CLOUDFLARE_403_HTML,
                            Map.of("Server", "cloudflare", "CF-RAY", "6d0f0c1a2b3c4d5e-SIN"));
                case DELAY:
                    try {
                        Thread.sleep(fault.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return RestResponse.message(500, "Server Error");
                    }
                    break;
                default:
                    break;
            }
        }
        String method = ex.getRequestMethod();
        String rawQuery = ex.getRequestURI().getRawQuery();
        Map<String, String> params = parseQuery(rawQuery);
        if (!method.equals("GET")) {
            mergeBody(ex.getRequestBody(), params);
        }
        String root = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        try {
            if (PUBLIC_ROOTS.contains(root)) {
                return publicEndpoints.handle(new RestRequest(method, path, rawQuery, params, -1));
            }
            if (!PRIVATE_ROOTS.contains(root)) {
                return RestResponse.message(404, "Not Found"); // Laravel routes before it authenticates
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            SimulatorAccount account = auth != null && auth.startsWith("Bearer ")
                    ? accountByKey.apply(auth.substring("Bearer ".length()).trim()) : null;
            if (account == null) {
                return RestResponse.message(401, "Unauthenticated.");
            }
            String toSign = SignatureVerifier.stringToSign(method, path, rawQuery);
            if (!SignatureVerifier.verify(account.apiSecret(), toSign, ex.getRequestHeaders().getFirst("signature"))) {
                return RestResponse.invalid("signature", INVALID_SIGNATURE);
            }
            RestResponse r = privateEndpoints.handle(new RestRequest(method, path, rawQuery, params, account.userId()));
            if (r.status() == 200 && method.equals("POST") && path.equals("orders") && faults.pollAcceptThenFail()) {
                return RestResponse.message(500, "Server Error");
            }
            return r;
        } catch (EngineException e) {
            return RestResponse.from(e);
        }
    }

    /** VCC's own message for a wrong signature, as ccxt recorded it from the live API (vcc-api.md §2). */
    public static final String INVALID_SIGNATURE = "HMAC signature is invalid";

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int i = pair.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(k, v);
        }
        return params;
    }

    private static void mergeBody(InputStream in, Map<String, String> params) throws IOException {
        byte[] body = in.readAllBytes();
        if (body.length == 0) {
            return;
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return; // not JSON: the query string is what counts
        }
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull() && !f.getValue().isContainerNode()) {
                    params.putIfAbsent(f.getKey(), f.getValue().asText());
                }
            });
        }
    }

    private static void write(HttpExchange ex, RestResponse r) throws IOException {
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }
}
