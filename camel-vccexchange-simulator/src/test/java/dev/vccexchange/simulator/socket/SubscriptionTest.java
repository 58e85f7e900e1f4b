package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BALANCE = "{\"data\":{\"currency\":\"BTC\",\"available\":\"0.5\",\"locked\":\"0.1\"},"
            + "\"socket\":null}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> authCalls = new CopyOnWriteArrayList<>();
    private EchoSocketServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EchoSocketServer(SocketServerOptions.defaults(), this::authorize);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** user1-key may read private-App.User.1 and presence-*, nothing else. */
    private int authorize(String channel, Map<String, String> headers) {
        authCalls.add(channel + " " + headers);
        String auth = headers.get("Authorization");
        if (!"Bearer user1-key".equals(auth)) {
            return 403;
        }
        return channel.equals("private-App.User.1") || channel.startsWith("presence-")
                || channel.startsWith("private-chat") ? 200 : 403;
    }

    private static String subscribe(String channel, String key) {
        return "42[\"subscribe\",{\"channel\":\"" + channel + "\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + key + "\"}}}]";
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void privateSubscribeAllowedIsSilentAndEventsArriveVerbatim() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send(subscribe("private-App.User.1", "user1-key"));
            await().until(() -> server.subscriptions().contains("private-App.User.1"));
            assertThat(authCalls).containsExactly("private-App.User.1 {Authorization=Bearer user1-key}");
            server.publish("private-App.User.1", "App\\Events\\BalanceUpdated", json(BALANCE));
            assertThat(c.nextText()).isEqualTo(
                    "42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\"," + BALANCE + "]");
            c.assertSilentFor(Duration.ofMillis(200)); // no success reply, no ack
        }
    }

    @Test
    void privateSubscribeRefusedByAuthorizerGetsSubscriptionErrorAndStaysConnected() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send(subscribe("private-App.User.2", "user1-key"));
            assertThat(c.nextText()).isEqualTo("42[\"subscription_error\",\"private-App.User.2\",403]");
            c.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\"}]"); // no auth at all
            assertThat(c.nextText()).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",403]");
            assertThat(authCalls).containsExactly("private-App.User.2 {Authorization=Bearer user1-key}",
                    "private-App.User.1 {}");
            c.assertAliveEio3();
            assertThat(server.subscriptions()).isEmpty();
            server.publish("private-App.User.2", "App\\Events\\BalanceUpdated", json(BALANCE));
            c.assertSilentFor(Duration.ofMillis(200));
        }
    }

    @Test
    void unanchoredPrivatePatternNeedsAuthToo() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("42[\"subscribe\",{\"channel\":\"x-private-y\"}]");
            assertThat(c.nextText()).isEqualTo("42[\"subscription_error\",\"x-private-y\",403]");
        }
    }

    @Test
    void refuseNextSubscriptionAppliesOnceToPrivateAndPublic() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            server.faults().refuseNextSubscription(500);
            c.send(subscribe("private-App.User.1", "user1-key"));
            assertThat(c.nextText()).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",500]");
            assertThat(authCalls).isEmpty();
            server.faults().refuseNextSubscription(0);
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            assertThat(c.nextText()).isEqualTo("42[\"subscription_error\",\"ticker\",0]");
            assertThat(server.subscriptions()).isEmpty();
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]"); // the refusal was one-shot
            await().until(() -> server.subscriptions().contains("ticker"));
            c.assertSilentFor(Duration.ofMillis(100));
        }
    }

    @Test
    void publicSubscribePublishAndUnsubscribe() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("42[\"subscribe\",{\"channel\":\"ticker\",\"auth\":{}}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            assertThat(authCalls).isEmpty();
            server.publish("ticker", "App\\Events\\TickerUpdated", json("{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}"));
            assertThat(c.nextText()).isEqualTo(
                    "42[\"App\\\\Events\\\\TickerUpdated\",\"ticker\",{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}]");
            server.publish("other", "E", json("{}")); // another room
            c.send("42[\"unsubscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().isEmpty());
            server.publish("ticker", "App\\Events\\TickerUpdated", json("{}"));
            c.assertSilentFor(Duration.ofMillis(200));
        }
    }

    @Test
    void publishOrderIsKeptAndEveryMemberGetsIt() throws Exception {
        try (TestClient a = TestClient.connectEio3(http, server); TestClient b = TestClient.connectEio4(http, server)) {
            a.send("42[\"subscribe\",{\"channel\":\"App.Orders\"}]");
            b.send("42[\"subscribe\",{\"channel\":\"App.Orders\"}]");
            await().until(() -> server.subscriptions().contains("App.Orders"));
            Thread.sleep(100);
            for (int i = 0; i < 100; i++) {
                server.publish("App.Orders", "E", json("{\"n\":" + i + "}"));
            }
            for (int i = 0; i < 100; i++) {
                assertThat(a.nextText()).isEqualTo("42[\"E\",\"App.Orders\",{\"n\":" + i + "}]");
                assertThat(b.nextText()).isEqualTo("42[\"E\",\"App.Orders\",{\"n\":" + i + "}]");
            }
        }
    }

    @Test
    void eventWithAckIdGetsNoAck() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("421[\"subscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            c.send("422[\"whatever\",1]"); // unknown event: ignored
            c.assertSilentFor(Duration.ofMillis(200));
        }
    }

    @Test
    void clientDisconnectLeavesEveryRoomButKeepsTheSocket() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            c.send(subscribe("private-App.User.1", "user1-key"));
            await().until(() -> server.subscriptions().size() == 2);
            c.send("41");
            await().until(() -> server.subscriptions().isEmpty());
            c.assertSilentFor(Duration.ofMillis(100)); // no reply
            c.assertAliveEio3();
            assertThat(server.connectionCount()).isEqualTo(1);
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]"); // ignored until "/" is connected again
            Thread.sleep(100);
            assertThat(server.subscriptions()).isEmpty();
            c.send("40");
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            c.assertSilentFor(Duration.ofMillis(100));
        }
    }

    @Test
    void eio4SubscribeAndDisconnect() throws Exception {
        try (TestClient c = TestClient.connectEio4(http, server)) {
            c.send(subscribe("private-App.User.1", "user1-key"));
            await().until(() -> server.subscriptions().contains("private-App.User.1"));
            server.publish("private-App.User.1", "App\\Events\\BalanceUpdated", json(BALANCE));
            assertThat(c.nextText()).isEqualTo(
                    "42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\"," + BALANCE + "]");
            c.send("41");
            await().until(() -> server.subscriptions().isEmpty());
            c.send("40");
            assertThat(c.nextText()).startsWith("40{\"sid\":\"");
        }
    }

    @Test
    void closingTheClientLeavesTheRooms() throws Exception {
        TestClient c = TestClient.connectEio3(http, server);
        c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
        await().until(() -> server.subscriptions().contains("ticker"));
        c.ws.sendClose(1000, "bye").join();
        assertThat(c.nextClosed().code()).isEqualTo(1000); // the server echoes the code
        await().until(() -> server.subscriptions().isEmpty() && server.connectionCount() == 0);
        c.close();
    }

    @Test
    void whisperGoesToTheOtherMembersOnly() throws Exception {
        try (TestClient a = TestClient.connectEio3(http, server); TestClient b = TestClient.connectEio3(http, server)) {
            a.send(subscribe("private-chat.1", "user1-key"));
            b.send(subscribe("private-chat.1", "user1-key"));
            await().until(() -> authCalls.size() == 2);
            Thread.sleep(100);
            a.send("42[\"client event\",{\"channel\":\"private-chat.1\",\"event\":\"client-typing\","
                    + "\"data\":{\"typing\":true}}]");
            assertThat(b.nextText()).isEqualTo("42[\"client-typing\",\"private-chat.1\",{\"typing\":true}]");
            a.assertSilentFor(Duration.ofMillis(200));
            // not a client-* event: dropped
            a.send("42[\"client event\",{\"channel\":\"private-chat.1\",\"event\":\"typing\",\"data\":{}}]");
            b.assertSilentFor(Duration.ofMillis(200));
        }
    }

    @Test
    void payloadIsSerialisedLikeJsonStringify() throws Exception {
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            server.publish("ticker", "E", JSON.createObjectNode().put("s", "a/b\u001f\n\"é€").putNull("socket"));
            assertThat(c.nextText()).isEqualTo("42[\"E\",\"ticker\",{\"s\":\"a/b\\u001f\\n\\\"é€\",\"socket\":null}]");
            server.publish("ticker", "E", null);
            assertThat(c.nextText()).isEqualTo("42[\"E\",\"ticker\",null]");
        }
    }

    @Test
    void eio4ClientPingIsTheWrongHeartbeatDirection() throws Exception {
        try (TestClient c = TestClient.connectEio4(http, server)) {
            c.send("2");
            assertThat(c.nextClosed().code()).isEqualTo(1005);
        }
    }
}
