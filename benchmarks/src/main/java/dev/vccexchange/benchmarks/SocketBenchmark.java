package dev.vccexchange.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Issue #2's benchmark: events/s of {@code from("vccexchange:channel?…")} with a counting processor next to a bare
 * {@code java.net.http.WebSocket} + Jackson client reading the same frames from the same server in the same run;
 * p50/p99 frame-to-route latency at a fixed rate; heap allocated per event.
 */
final class SocketBenchmark {

    /** About 250 bytes, the size of a real PricesUpdated frame. */
    private static final byte[] FRAME = ("42[\"App\\\\Events\\\\PricesUpdated\",\"App.Prices\",{\"data\":{\"btc_usdt\":"
            + "{\"coin\":\"btc\",\"currency\":\"usdt\",\"price\":\"65000.12\",\"previous_price\":\"64999.10\","
            + "\"change\":\"0.0015\",\"last_24h_price\":\"64000.00\",\"volume\":\"123.456789\","
            + "\"created_at\":1733300000000}},\"socket\":null}]").getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SocketBenchmark() {
    }

    static void run(int events, int latencyRate, int latencyEvents) throws Exception {
        System.out.printf("frame size: %d bytes, events per run: %,d%n", FRAME.length, events);
        // Warm-up: JIT both paths before anything is recorded.
        bare(events / 4);
        component(events / 4, false);
        component(events / 4, true);
        // Rounds alternate bare/component, and the ratio is taken per adjacent pair: drift in machine load (other
        // processes, JIT, GC) hits both sides of a pair alike, so the median ratio is steadier than either rate.
        int rounds = 5;
        Result[] bare = new Result[rounds];
        Result[] component = new Result[rounds];
        Result[] reading = new Result[rounds];
        double[] ratios = new double[rounds];
        double[] readingRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            bare[round] = bare(events);
            component[round] = component(events, false);
            reading[round] = component(events, true);
            ratios[round] = component[round].perSecond() / bare[round].perSecond();
            readingRatios[round] = reading[round].perSecond() / bare[round].perSecond();
        }
        Arrays.sort(ratios);
        Arrays.sort(readingRatios);
        Result bareMedian = median(bare);
        Result componentMedian = median(component);
        System.out.printf("bare java.net.http + Jackson : %,10.0f events/s  %,6d B/event (median of %d)%n",
                          bareMedian.perSecond(), bareMedian.bytesPerEvent(), rounds);
        System.out.printf("vccexchange:channel consumer : %,10.0f events/s  %,6d B/event (median of %d)%n",
                          componentMedian.perSecond(), componentMedian.bytesPerEvent(), rounds);
        Result readingMedian = median(reading);
        System.out.printf("  same, route reads body.data: %,10.0f events/s  %,6d B/event (median of %d)%n",
                          readingMedian.perSecond(), readingMedian.bytesPerEvent(), rounds);
        System.out.printf("ratio component/bare         : %.2fx median of %d paired rounds (min %.2fx, max %.2fx; "
                          + "target >= 0.85x)%n", ratios[rounds / 2], rounds, ratios[0], ratios[rounds - 1]);
        System.out.printf("ratio reading the body/bare  : %.2fx median (min %.2fx, max %.2fx)%n",
                          readingRatios[rounds / 2], readingRatios[0], readingRatios[rounds - 1]);
        latency(latencyRate, latencyEvents);
    }

    private record Result(double perSecond, long bytesPerEvent) {
    }

    /**
     * Counts events and measures from the first to the last one, so connection and Camel start-up are not counted
     * against either client. Called on the reader thread only.
     */
    private static final class Meter {
        private final CountDownLatch done;
        private final int events;
        private long firstNanos;
        private Map<Long, Long> firstAllocated;
        private long lastNanos;
        private long allocated;
        private int seen;

        Meter(int events) {
            this.events = events;
            this.done = new CountDownLatch(1);
        }

        void onEvent() {
            if (++seen == 1) {
                firstAllocated = allocatedBytes();
                firstNanos = System.nanoTime();
            } else if (seen == events) {
                lastNanos = System.nanoTime();
                allocated = allocatedSince(firstAllocated);
                done.countDown();
            }
        }

        Result await(String who) throws InterruptedException {
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(who + " received only " + seen + " of " + events);
            }
            return new Result((events - 1) / ((lastNanos - firstNanos) / 1e9), allocated / (events - 1));
        }
    }

    private static Result median(Result[] results) {
        Result[] sorted = results.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a.perSecond(), b.perSecond()));
        return sorted[sorted.length / 2];
    }

    /** The baseline: what a hand-written client does: parse each frame once, count, ask for the next. */
    private static Result bare(int events) throws Exception {
        try (BlastServer server = new BlastServer(events, i -> FRAME, 0)) {
            Meter meter = new Meter(events);
            WebSocket ws = BareClient.connect(server, event -> {
                if (event.size() == 3) {
                    meter.onEvent();
                }
            });
            Result result = meter.await("bare client");
            ws.abort();
            return result;
        }
    }

    /**
     * The least a hand-written socket.io client does: join the frame, subscribe once {@code 40} arrives, parse every
     * event frame into a tree with Jackson, hand it over, ask for the next frame.
     */
    private static final class BareClient implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final Consumer<JsonNode> onEvent;

        private BareClient(Consumer<JsonNode> onEvent) {
            this.onEvent = onEvent;
        }

        static WebSocket connect(BlastServer server, Consumer<JsonNode> onEvent) {
            URI uri = URI.create(server.url() + "/socket.io/?EIO=3&transport=websocket");
            return HTTP.newWebSocketBuilder().buildAsync(uri, new BareClient(onEvent)).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("42")) {
                    try {
                        onEvent.accept(JSON.readTree(frame.substring(2)));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                } else if (frame.equals("40")) {
                    webSocket.sendText("42[\"subscribe\",{\"channel\":\"App.Prices\",\"auth\":{}}]", true);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /**
     * @param readBody whether the route reads a field of the body, so the cost of parsing it (which the consumer
     *                 defers until the route reads it) is counted too
     */
    private static Result component(int events, boolean readBody) throws Exception {
        try (BlastServer server = new BlastServer(events, i -> FRAME, 0);
             CamelContext camel = new DefaultCamelContext()) {
            Meter meter = new Meter(events);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("vccexchange:channel?channel=App.Prices&socketUrl=" + server.url())
                            .process(exchange -> {
                                if (readBody && exchange.getMessage().getBody(Map.class).get("data") == null) {
                                    throw new IllegalStateException("no data in " + exchange.getMessage().getBody());
                                }
                                meter.onEvent();
                            });
                }
            });
            camel.start();
            return meter.await("component");
        }
    }

    /** Frame-to-route latency: the server stamps System.nanoTime() into each frame; the route reads it back. */
    /** Frame written by the server → event in hand, at a fixed rate, for the bare client and the component. */
    private static void latency(int rate, int events) throws Exception {
        report("bare client", rate, latencyBare(rate, events));
        report("component  ", rate, latencyComponent(rate, events));
    }

    private static LongFunction<byte[]> stampedFrame() {
        return i -> ("42[\"App\\\\Events\\\\PricesUpdated\",\"App.Prices\","
                + "{\"data\":{\"sent\":" + System.nanoTime() + ",\"btc_usdt\":{\"coin\":\"btc\",\"currency\":\"usdt\","
                + "\"price\":\"65000.12\",\"previous_price\":\"64999.10\",\"change\":\"0.0015\",\"volume\":\"1.5\"}},"
                + "\"socket\":null}]").getBytes(StandardCharsets.UTF_8);
    }

    private static long[] latencyComponent(int rate, int events) throws Exception {
        try (BlastServer server = new BlastServer(events, stampedFrame(), rate);
             CamelContext camel = new DefaultCamelContext()) {
            long[] latencies = new long[events];
            AtomicInteger n = new AtomicInteger();
            CountDownLatch received = new CountDownLatch(events);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("vccexchange:channel?channel=App.Prices&socketUrl=" + server.url()).process(exchange -> {
                        Map<?, ?> data = (Map<?, ?>) exchange.getMessage().getBody(Map.class).get("data");
                        long sent = ((Number) data.get("sent")).longValue();
                        latencies[n.getAndIncrement()] = System.nanoTime() - sent;
                        received.countDown();
                    });
                }
            });
            camel.start();
            if (!received.await(events / rate + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latency run received only " + n.get());
            }
            return latencies;
        }
    }

    private static long[] latencyBare(int rate, int events) throws Exception {
        try (BlastServer server = new BlastServer(events, stampedFrame(), rate)) {
            long[] latencies = new long[events];
            AtomicInteger n = new AtomicInteger();
            CountDownLatch received = new CountDownLatch(events);
            WebSocket ws = BareClient.connect(server, event -> {
                latencies[n.getAndIncrement()] = System.nanoTime() - event.path(2).path("data").path("sent").asLong();
                received.countDown();
            });
            if (!received.await(events / rate + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("bare latency run received only " + n.get());
            }
            ws.abort();
            return latencies;
        }
    }

    private static void report(String who, int rate, long[] latencies) {
        // Skip the first second: connection set-up and JIT of the paced path.
        long[] steady = Arrays.copyOfRange(latencies, Math.min(rate, latencies.length / 2), latencies.length);
        Arrays.sort(steady);
        System.out.printf("latency at %,d events/s (%,d events), %s: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", rate,
                          steady.length, who, steady[steady.length / 2] / 1e6,
                          steady[(int) (steady.length * 0.99)] / 1e6, steady[steady.length - 1] / 1e6);
    }

    /** Every live thread's allocation counter, by thread id. */
    static Map<Long, Long> allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] > 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /**
     * Bytes allocated since {@code before}, summed per thread: a thread that ended in between (a previous run's
     * client) drops out instead of making the total negative, as a plain difference of sums once did.
     */
    static long allocatedSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : allocatedBytes().entrySet()) {
            total += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return total;
    }
}
