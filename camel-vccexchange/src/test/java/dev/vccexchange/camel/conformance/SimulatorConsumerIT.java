package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.simulator.socket.ChannelAuthorizer;
import dev.vccexchange.simulator.socket.EchoSocketServer;
import dev.vccexchange.simulator.socket.SocketServerOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer contract against the simulator's socket, so the simulator cannot drift from the real servers, plus
 * the faults only the simulator can make (malformed and binary frames).
 */
class SimulatorConsumerIT extends ConsumerConformanceContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EchoSocketServer server;

    @Override
    ConformancePeer startPeer() {
        Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        AtomicBoolean failing = new AtomicBoolean();
        ChannelAuthorizer authorizer = (channel, headers) -> {
            asked.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
            if (failing.get()) {
                return 500;
            }
            boolean user1 = ("Bearer " + ConformancePeer.USER1_KEY).equals(headers.get("Authorization"));
            return user1 && channel.equals("private-App.User.1") ? 200 : 403;
        };
        server = new EchoSocketServer(new SocketServerOptions(0, PING_INTERVAL, PING_TIMEOUT), authorizer);
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new ConformancePeer() {
            @Override
            public URI socketUrl() {
                return URI.create(server.url());
            }

            @Override
            public int engineIoVersion() {
                return 3;
            }

            @Override
            public void publish(String channel, String event, String dataJson) {
                try {
                    server.publish(channel, event, JSON.readTree(dataJson));
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException(e);
                }
            }

            @Override
            public boolean hasSubscriber(String channel) {
                return server.subscriptions().contains(channel);
            }

            @Override
            public int socketCount() {
                return server.connectionCount();
            }

            @Override
            public void disconnectAll() {
                server.faults().disconnectAll();
            }

            @Override
            public void closeAll() {
                server.faults().closeAll();
            }

            @Override
            public int authorizations(String channel) {
                AtomicInteger n = asked.get(channel);
                return n == null ? 0 : n.get();
            }

            @Override
            public void failAuthorizations(boolean on) {
                failing.set(on);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    @Test
    void malformedAndBinaryFramesAreReportedAndTheSessionGoesOn() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");

        server.faults().sendRaw("42[\"App\\\\Events\\\\Broken\",\"App.Prices\",{not json");
        server.faults().sendRaw("9unknown-packet-type");
        server.faults().sendRaw("42[]");
        server.faults().sendBinary(new byte[] {4, 1, 2, 3});
        server.publish("App.Prices", "App\\Events\\TickerUpdated", JSON.readTree("{\"still\":\"alive\"}"));

        assertThat(next().getMessage().getBody(Map.class)).containsEntry("still", "alive");
        await().atMost(Duration.ofSeconds(5)).until(() -> reported.stream()
                .filter(MalformedPacketException.class::isInstance).count() >= 4);
        assertThat(reported).allSatisfy(e -> assertThat(e).isInstanceOf(VccExchangeException.class));
        assertThat(server.connectionCount()).as("the same socket, no reconnect").isEqualTo(1);
    }
}
