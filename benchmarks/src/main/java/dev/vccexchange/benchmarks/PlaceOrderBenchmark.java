package dev.vccexchange.benchmarks;

import java.math.BigDecimal;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.SendProcessor;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.ProcessorEndpoint;
import org.apache.camel.support.service.ServiceHelper;

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
     * Calls of every client interleaved one by one, the first client rotating, so every client sees the same machine
     * and simulator state (measured blocks of calls per client swung by +-30 % from block to block on this 2-core
     * VM, which hid the difference sought).
     *
     * @param orders calls per client
     */
    static void run(int orders) throws Exception {
        try (VccSimulator simulator = VccSimulator.builder().tradeRate(0).build()) {
            simulator.start();
            // Every call rests a 20 usdt buy: the demo account's 1,000,000 usdt would run out within a run.
            simulator.engine().deposit(1, "usdt", new BigDecimal("1000000000"));
            String restUrl = simulator.restUrl();
            HttpClient http = HttpClient.newHttpClient();
            try (CamelContext camel = new DefaultCamelContext()) {
                // One HttpClient for every client measured, so connection pools and selector threads are alike.
                camel.getComponent("vccexchange", VccExchangeComponent.class).setHttpClient(http);
                camel.start();
                Endpoint endpoint = camel.getEndpoint("vccexchange:placeOrder?apiKey=demo-key&apiSecret=demo-secret"
                        + "&restUrl=" + restUrl
                        + "&coin=btc&currency=usdt&tradeType=buy&orderType=limit&quantity=0.001&price=20000");
                // What a route's to("vccexchange:placeOrder?...") runs: a SendProcessor on the exchange in flight.
                SendProcessor step = new SendProcessor(endpoint);
                ServiceHelper.startService(step);
                Runnable routeStep = () -> {
                    Exchange exchange = new DefaultExchange(camel);
                    try {
                        step.process(exchange);
                    } catch (Exception e) {
                        exchange.setException(e);
                    }
                    if (exchange.getException() != null) {
                        throw new IllegalStateException(exchange.getException());
                    }
                };
                // A ProducerTemplate call makes a new Exchange and unit of work each time: Camel's own cost, shown
                // around the bare client too, so it is not mistaken for the component's.
                ProducerTemplate template = camel.createProducerTemplate();
                Endpoint bareEndpoint = new ProcessorEndpoint("bare:placeOrder", camel,
                        exchange -> exchange.getMessage().setBody(bare(http, restUrl)));
                VccRestClient client = new VccRestClient(http, RestOptions.of("demo-key", "demo-secret")
                        .withBaseUrl(URI.create(restUrl)));
                OrderRequest request = OrderRequest.limit("btc", "usdt", "buy", new BigDecimal("0.001"),
                                                          new BigDecimal("20000"));
                List<Client> clients = List.of(
                        new Client("bare HttpClient (signed)", () -> bare(http, restUrl)),
                        new Client("bare + answer parsed to Order", () -> parseOrder(bare(http, restUrl))),
                        new Client("VccRestClient (no Camel)", () -> client.placeOrder(request)),
                        new Client("vccexchange:placeOrder, route step", routeStep),
                        new Client("ProducerTemplate -> bare client", () -> template.requestBody(bareEndpoint,
                                                                                                  (Object) null)),
                        new Client("ProducerTemplate -> vccexchange", () -> template.requestBody(endpoint,
                                                                                                  (Object) null)));
                long[][] nanos = interleaved(clients, orders);
                for (int c = 0; c < clients.size(); c++) {
                    report(clients.get(c).name(), nanos[c]);
                }
                overhead("vccexchange:placeOrder as a route step vs the bare client (target <= 10 %)", nanos[3],
                         nanos[0]);
                overhead("the same, the bare client parsing the answer too", nanos[3], nanos[1]);
                overhead("ProducerTemplate -> vccexchange vs ProducerTemplate -> bare client", nanos[5], nanos[4]);
                overhead("ProducerTemplate -> vccexchange vs the bare client (Camel's template included)", nanos[5],
                         nanos[0]);
                callingThreadAllocation(clients, 2_000);
            }
        }
    }

    private record Client(String name, Runnable call) {
    }

    /**
     * Heap allocated on the calling thread per call, each client on its own: between round trips the caller's cost
     * follows the memory it touches more than its instructions (see docs/benchmarks.md).
     */
    private static void callingThreadAllocation(List<Client> clients, int calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        System.out.println("heap allocated on the calling thread per call:");
        for (Client c : clients) {
            long before = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < calls; i++) {
                c.call().run();
            }
            System.out.printf("    %-36s %,7.0f B%n", c.name(), (threads.getThreadAllocatedBytes(self) - before)
                                                               / (double) calls);
        }
    }

    /** Warm-up, then {@code count} calls of each client, one call of each in turn; nanoseconds per call. */
    private static long[][] interleaved(List<Client> clients, int count) {
        int n = clients.size();
        for (int i = 0; i < count / 5; i++) {
            for (Client c : clients) {
                c.call().run();
            }
        }
        long[][] nanos = new long[n][count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < n; k++) {
                int c = (i + k) % n;
                long start = System.nanoTime();
                clients.get(c).call().run();
                nanos[c][i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /**
     * Fewer round trips per second over all calls, the same per tenth of the run (median and range, to show how
     * steady it is), and the difference of the median latencies.
     */
    private static void overhead(String what, long[] calls, long[] base) {
        int chunks = 10;
        int size = calls.length / chunks;
        double[] perChunk = new double[chunks];
        for (int k = 0; k < chunks; k++) {
            perChunk[k] = 1 - rate(Arrays.copyOfRange(calls, k * size, (k + 1) * size))
                              / rate(Arrays.copyOfRange(base, k * size, (k + 1) * size));
        }
        Arrays.sort(perChunk);
        double p50 = percentile(calls, 0.5);
        double baseP50 = percentile(base, 0.5);
        System.out.printf("overhead, %s:%n    %.1f %% fewer round trips/s over all calls; per tenth of the run: median "
                          + "%.1f %%, %.1f %% to %.1f %%; p50 %+.1f µs (%+.1f %%)%n", what,
                          100 * (1 - rate(calls) / rate(base)), 100 * perChunk[chunks / 2], 100 * perChunk[0],
                          100 * perChunk[chunks - 1], (p50 - baseP50) / 1e3, 100 * (p50 - baseP50) / baseP50);
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

    private static String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("demo-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rate(long[] nanos) {
        return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static void report(String who, long[] nanos) {
        System.out.printf("%-36s %,6.0f round trips/s  p25 %.3f ms  p50 %.3f ms  p99 %.3f ms  (%,d calls)%n", who,
                          rate(nanos), percentile(nanos, 0.25) / 1e6, percentile(nanos, 0.5) / 1e6,
                          percentile(nanos, 0.99) / 1e6, nanos.length);
    }
}
