package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The socket server must not be the bottleneck of a benchmark: 200,000 events of about 250 bytes. */
class PublishThroughputTest {

    private static final int EVENTS = 200_000;

    @Test
    void twoHundredThousandEventsToOneConnection() throws Exception {
        try (EchoSocketServer server = new EchoSocketServer(SocketServerOptions.defaults(), ChannelAuthorizer.ALLOW_ALL)) {
            server.start();
            AtomicInteger received = new AtomicInteger();
            AtomicInteger outOfOrder = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            StringBuilder partial = new StringBuilder();
            WebSocket.Listener listener = new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String s = partial.toString();
                        partial.setLength(0);
                        if (s.startsWith("42[")) {
                            int n = received.getAndIncrement();
                            if (!s.contains("\"seq\":" + n + ",")) {
                                outOfOrder.incrementAndGet();
                            }
                            if (n + 1 == EVENTS) {
                                done.countDown();
                            }
                        }
                    }
                    ws.request(1);
                    return null;
                }
            };
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(server.url() + "/socket.io/?EIO=3&transport=websocket"), listener).join();
            ws.sendText("42[\"subscribe\",{\"channel\":\"private-App.User.1\"}]", true).join();
            await().until(() -> server.subscriptions().contains("private-App.User.1"));
            ObjectMapper json = new ObjectMapper();
            JsonNode[] payloads = new JsonNode[EVENTS];
            for (int i = 0; i < EVENTS; i++) {
                payloads[i] = json.readTree("{\"data\":{\"seq\":" + i + ",\"currency\":\"BTC\",\"available\":\"0.51234567\","
                        + "\"locked\":\"0.10000000\",\"balance\":\"0.61234567\",\"pair\":\"btc_usdt\","
                        + "\"updated_at\":\"2026-12-04 14:00:00\"},\"socket\":null}");
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                server.publish("private-App.User.1", "App\\Events\\BalanceUpdated", payloads[i]);
            }
            long publishMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(done.await(60, TimeUnit.SECONDS)).as("received %s", received).isTrue();
            long totalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.printf("publish loop %d ms, delivered %d events in %d ms (%.0f/s)%n", publishMs, EVENTS, totalMs,
                    EVENTS * 1000.0 / Math.max(1, totalMs));
            assertThat(outOfOrder).hasValue(0);
            assertThat(Duration.ofMillis(totalMs)).isLessThan(Duration.ofSeconds(60));
            ws.abort();
        }
    }

    @Test
    void serverSideThroughputWithAByteLevelReader() throws Exception {
        try (EchoSocketServer server = new EchoSocketServer(SocketServerOptions.defaults(), ChannelAuthorizer.ALLOW_ALL);
                RawClient raw = startRaw(server)) {
            JsonNode payload = new ObjectMapper().readTree("{\"data\":{\"currency\":\"BTC\",\"available\":\"0.51234567\","
                    + "\"locked\":\"0.10000000\",\"balance\":\"0.61234567\",\"pair\":\"btc_usdt\","
                    + "\"updated_at\":\"2026-12-04 14:00:00\",\"x\":\"" + "z".repeat(60) + "\"},\"socket\":null}");
            Thread reader = new Thread(() -> {
                try {
                    for (int i = 0; i < EVENTS; i++) {
                        raw.readFrame();
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long t0 = System.nanoTime();
            reader.start();
            for (int i = 0; i < EVENTS; i++) {
                server.publish("t", "App\\Events\\BalanceUpdated", payload);
            }
            long publishMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            reader.join(60_000);
            long totalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(reader.isAlive()).isFalse();
            System.out.printf("raw reader: publish loop %d ms, delivered %d events in %d ms (%.0f/s)%n", publishMs, EVENTS,
                    totalMs, EVENTS * 1000.0 / Math.max(1, totalMs));
        }
    }

    private static RawClient startRaw(EchoSocketServer server) throws Exception {
        server.start();
        RawClient raw = new RawClient(server.port());
        raw.upgrade("/socket.io/?EIO=3&transport=websocket");
        raw.readFrame();
        raw.readFrame();
        raw.sendText("42[\"subscribe\",{\"channel\":\"t\"}]");
        await().until(() -> server.subscriptions().contains("t"));
        return raw;
    }
}
