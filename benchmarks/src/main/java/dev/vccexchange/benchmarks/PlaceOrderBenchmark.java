package dev.vccexchange.benchmarks;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.camel.model.VccJson;
import dev.vccexchange.camel.model.trade.Order;
import dev.vccexchange.camel.model.trade.OrderRequest;
import dev.vccexchange.camel.rest.RestOptions;
import dev.vccexchange.camel.rest.VccRestClient;
import dev.vccexchange.simulator.VccSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Issue #4's benchmark: {@code placeOrder} round trips per second and p50/p99 against the embedded simulator, next to a
 * bare {@code HttpClient} sending the same signed request in the same run. One request in flight at a time, so the
 * numbers are latency-bound and show the producer's own overhead.
 */
final class PlaceOrderBenchmark {

    private static final String QUERY = "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.001&price=20000";
    private static final String BODY = "{\"coin\":\"btc\",\"currency\":\"usdt\",\"trade_type\":\"buy\",\"type\":\"limit\","
                                       + "\"quantity\":\"0.001\",\"price\":\"20000\"}";

    private PlaceOrderBenchmark() {
    }

    /**
     * @param interleaved false: the benchmark (blocks of calls per client, rotated); true: the breakdown
     *                    (calls of four clients interleaved one by one, p50s compared), to locate the overhead
     */
    static void run(int orders, boolean interleaved) throws Exception {
        try (VccSimulator simulator = VccSimulator.builder().tradeRate(0).build()) {
            simulator.start();
            String restUrl = simulator.restUrl();
            HttpClient http = HttpClient.newHttpClient();
            try (CamelContext camel = new DefaultCamelContext()) {
                // One HttpClient for every client measured, so connection pools and selector threads are alike.
                camel.getComponent("vccexchange", VccExchangeComponent.class).setHttpClient(http);
                camel.start();
                ProducerTemplate template = camel.createProducerTemplate();
                String uri = "vccexchange:placeOrder?apiKey=demo-key&apiSecret=demo-secret&restUrl=" + restUrl
                             + "&coin=btc&currency=usdt&tradeType=buy&orderType=limit&quantity=0.001&price=20000";
                // Resolved once, as a route's to("vccexchange:placeOrder?...") is: not a URI lookup per call.
                Endpoint endpoint = camel.getEndpoint(uri);
                Runnable producer = () -> template.requestBody(endpoint, (Object) null);
                Runnable bare = () -> bare(http, restUrl);
                // The component's REST layer alone, without Camel: shows where any overhead lives.
                VccRestClient client = new VccRestClient(http, RestOptions.of("demo-key", "demo-secret")
                        .withBaseUrl(URI.create(restUrl)));
                OrderRequest request = OrderRequest.limit("btc", "usdt", "buy", new BigDecimal("0.001"),
                                                          new BigDecimal("20000"));
                Runnable restLayer = () -> client.placeOrder(request);
                if (interleaved) {
                    interleaved(new String[] {"bare HttpClient (signed)", "bare + answer parsed to Order",
                                              "VccRestClient (no Camel)", "vccexchange:placeOrder"},
                                new Runnable[] {bare, () -> parseOrder(bare(http, restUrl)), restLayer, producer},
                                orders);
                    return;
                }
                Runnable[] clients = {bare, restLayer, producer};
                // Warm-up every path.
                for (Runnable c : clients) {
                    measure(c, orders / 5);
                }
                // Each round times every client for a block of calls; the block order rotates (bare-rest-producer,
                // rest-producer-bare, producer-bare-rest) so each client runs first, second and last equally often
                // and any drift of the machine or the simulator's state over the run falls on all of them alike.
                int rounds = 2 * clients.length;
                long[][][] nanos = new long[clients.length][rounds][];
                double[] overheads = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < clients.length; k++) {
                        int c = (round + k) % clients.length;
                        nanos[c][round] = measure(clients[c], orders);
                    }
                    overheads[round] = 1 - rate(nanos[2][round]) / rate(nanos[0][round]);
                }
                Arrays.sort(overheads);
                long[] bareAll = merge(nanos[0]);
                long[] producerAll = merge(nanos[2]);
                report("bare HttpClient (signed)", bareAll);
                report("VccRestClient (no Camel)", merge(nanos[1]));
                report("vccexchange:placeOrder  ", producerAll);
                // A few multi-ms stalls (GC, the 2-core machine) weigh heavily in a rate, so three estimates are
                // printed: over all calls, the median of the per-round ratios, and at the median latency.
                System.out.printf("producer overhead (target <= 10 %%): %.1f %% fewer round trips/s over all calls; "
                                  + "%.1f %% median of %d rounds (min %.1f %%, max %.1f %%); %+.1f %% latency at p50%n",
                                  100 * (1 - rate(producerAll) / rate(bareAll)), 100 * overheads[rounds / 2], rounds,
                                  100 * overheads[0], 100 * overheads[rounds - 1],
                                  100.0 * (producerAll[producerAll.length / 2] - bareAll[bareAll.length / 2])
                                          / bareAll[bareAll.length / 2]);
            }
        }
    }

    private static byte[] bare(HttpClient http, String restUrl) {
        String timestamp = Long.toString(System.currentTimeMillis());
        HttpRequest request = HttpRequest.newBuilder(URI.create(restUrl + "/orders?" + QUERY))
                .header("Authorization", "Bearer demo-key")
                .header("timestamp", timestamp)
                .header("signature", sign("POST v3/orders?" + QUERY))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("bare placeOrder answered " + response.statusCode() + ": "
                                                + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void parseOrder(byte[] answer) {
        try {
            VccJson.mapper().treeToValue(VccJson.mapper().readTree(answer).get("data"), Order.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls of every client interleaved one by one (rotating who goes first), then p25/p50/p75 of each. */
    private static void interleaved(String[] names, Runnable[] clients, int count) {
        for (int i = 0; i < count / 5; i++) {
            for (Runnable c : clients) {
                c.run();
            }
        }
        long[][] nanos = new long[clients.length][count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < clients.length; k++) {
                int c = (i + k) % clients.length;
                long start = System.nanoTime();
                clients[c].run();
                nanos[c][i] = System.nanoTime() - start;
            }
        }
        double bareP50 = 0;
        for (int c = 0; c < clients.length; c++) {
            long[] sorted = nanos[c].clone();
            Arrays.sort(sorted);
            double p50 = sorted[count / 2] / 1e3;
            if (c == 0) {
                bareP50 = p50;
            }
            System.out.printf("%-30s p25 %6.1f µs  p50 %6.1f µs  p75 %6.1f µs  p50 vs bare %+6.1f µs%n", names[c],
                              sorted[count / 4] / 1e3, p50, sorted[3 * count / 4] / 1e3, p50 - bareP50);
        }
    }

    private static String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("demo-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nanoseconds per round trip, one after the other. */
    private static long[] measure(Runnable call, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static long[] merge(long[][] rounds) {
        return Arrays.stream(rounds).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static double rate(long[] nanos) {
        return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }

    private static void report(String who, long[] sorted) {
        System.out.printf("%s: %,8.0f round trips/s  p50 %.3f ms  p99 %.3f ms  (%,d calls)%n", who, rate(sorted),
                          sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }
}
