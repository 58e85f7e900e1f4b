package dev.vccexchange.benchmarks;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
                List<Client> clients = new ArrayList<>(List.of(
                        new Client("bare HttpClient (signed)", () -> bare(http, restUrl)),
                        new Client("VccRestClient (no Camel)", () -> client.placeOrder(request)),
                        new Client("vccexchange:placeOrder, route step", routeStep),
                        new Client("ProducerTemplate -> bare client", () -> template.requestBody(bareEndpoint,
                                                                                                  (Object) null)),
                        new Client("ProducerTemplate -> vccexchange", () -> template.requestBody(endpoint,
                                                                                                  (Object) null))));
                if (interleaved) {
                    clients.add(1, new Client("bare + answer parsed to Order",
                                              () -> parseOrder(bare(http, restUrl))));
                    interleaved(clients, orders);
                } else {
                    blocks(clients, orders);
                }
            }
        }
    }

    private record Client(String name, Runnable call) {
    }

    /**
     * The benchmark: each round times every client for a block of calls; the block order rotates so each
     * client runs in every position equally often and any drift of the machine or the simulator's state over the
     * run falls on all of them alike.
     */
    private static void blocks(List<Client> clients, int orders) {
        for (Client c : clients) {
            measure(c.call(), orders / 5); // warm-up
        }
        int n = clients.size();
        int rounds = 2 * n;
        long[][][] nanos = new long[n][rounds][];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int c = (round + k) % n;
                nanos[c][round] = measure(clients.get(c).call(), orders);
            }
        }
        long[][] all = new long[n][];
        for (int c = 0; c < n; c++) {
            all[c] = merge(nanos[c]);
            report(clients.get(c).name(), all[c]);
        }
        // A few multi-ms stalls (GC, the 2-core machine) weigh heavily in a rate, so each overhead is printed three
        // ways: over all calls, the median of the per-round ratios, and at the median latency.
        overhead("vccexchange:placeOrder (route step) vs bare client, target <= 10 %", nanos[2], nanos[0], all[2],
                 all[0]);
        overhead("the component inside ProducerTemplate calls (vs the bare client in them)", nanos[4], nanos[3],
                 all[4], all[3]);
        overhead("ProducerTemplate -> vccexchange vs bare client (Camel's template included)", nanos[4], nanos[0],
                 all[4], all[0]);
    }

    private static void overhead(String what, long[][] rounds, long[][] baseRounds, long[] all, long[] base) {
        double[] perRound = new double[rounds.length];
        for (int r = 0; r < rounds.length; r++) {
            perRound[r] = 1 - rate(rounds[r]) / rate(baseRounds[r]);
        }
        Arrays.sort(perRound);
        System.out.printf("overhead, %s:%n    %.1f %% fewer round trips/s over all calls; %.1f %% median of %d rounds "
                          + "(min %.1f %%, max %.1f %%); %+.1f %% latency at p50%n", what,
                          100 * (1 - rate(all) / rate(base)), 100 * perRound[rounds.length / 2], rounds.length,
                          100 * perRound[0], 100 * perRound[rounds.length - 1],
                          100.0 * (all[all.length / 2] - base[base.length / 2]) / base[base.length / 2]);
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
    private static void interleaved(List<Client> clients, int count) {
        for (int i = 0; i < count / 5; i++) {
            for (Client c : clients) {
                c.call().run();
            }
        }
        int n = clients.size();
        long[][] nanos = new long[n][count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < n; k++) {
                int c = (i + k) % n;
                long start = System.nanoTime();
                clients.get(c).call().run();
                nanos[c][i] = System.nanoTime() - start;
            }
        }
        double bareP50 = 0;
        for (int c = 0; c < n; c++) {
            long[] sorted = nanos[c].clone();
            Arrays.sort(sorted);
            double p50 = sorted[count / 2] / 1e3;
            if (c == 0) {
                bareP50 = p50;
            }
            System.out.printf("%-36s p25 %6.1f µs  p50 %6.1f µs  p75 %6.1f µs  p50 vs bare %+6.1f µs%n",
                              clients.get(c).name(), sorted[count / 4] / 1e3, p50, sorted[3 * count / 4] / 1e3,
                              p50 - bareP50);
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
        System.out.printf("%-36s %,8.0f round trips/s  p50 %.3f ms  p99 %.3f ms  (%,d calls)%n", who, rate(sorted),
                          sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }
}
