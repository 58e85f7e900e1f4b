package dev.vccexchange.camel.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Proves {@link LaravelEchoServerPeer}, {@link ChannelAuthStub} and {@link FaultyTcpProxy} with a raw WebSocket. */
@RequiresNode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaravelEchoServerPeerIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String USER1 = "user1-key";

    private ChannelAuthStub auth;
    private LaravelEchoServerPeer echo;
    private RawWebSocket ws;

    @BeforeAll
    void startPeers() {
        NodePeers.assumeAvailable();
        auth = ChannelAuthStub.start(Map.of(USER1, "1", "user2-key", "2"));
        // 2000 + 2000: a raw client that does not ping is closed after 4 s, longer than any test here
        echo = LaravelEchoServerPeer.builder().authHost(auth.authHost())
                .ping(Duration.ofMillis(2000), Duration.ofMillis(2000)).start();
    }

    @AfterAll
    void stopPeers() {
        if (echo != null) {
            echo.close();
            assertThat(echo.isAlive()).isFalse();
        }
        if (auth != null) {
            auth.close();
        }
    }

    @BeforeEach
    void reset() {
        auth.answer500(false);
        auth.clearRequests();
        echo.answerPings(true);
    }

    @AfterEach
    void closeSocket() {
        if (ws != null) {
            ws.close();
            ws = null;
        }
        await().atMost(WAIT).until(() -> echo.socketCount() == 0);
    }

    private RawWebSocket open() {
        ws = RawWebSocket.connect(echo.webSocketUri());
        assertThat(ws.next(WAIT)).startsWith("0{");
        assertThat(ws.next(WAIT)).isEqualTo("40");
        return ws;
    }

    private void awaitRoom(String channel) {
        await().atMost(WAIT).until(() -> echo.sockets().stream().anyMatch(s -> s.rooms().contains(channel)));
    }

    @Test
    void openPacketIsEio3ThenTheServerSends40ByItself() {
        ws = RawWebSocket.connect(echo.webSocketUri());
        String open = ws.next(WAIT);
        assertThat(open).startsWith("0{\"sid\":\"").contains("\"upgrades\":[]", "\"pingInterval\":2000", "\"pingTimeout\":2000")
                .doesNotContain("maxPayload");
        assertThat(ws.next(WAIT)).isEqualTo("40");
        assertThat(echo.socketCount()).isEqualTo(1);
        assertThat(echo.sockets().get(0).transport()).isEqualTo("websocket");
    }

    @Test
    void clientPingGetsPong() {
        open();
        ws.send("2");
        assertThat(ws.next(WAIT)).isEqualTo("3");
    }

    @Test
    void answerPingsFalseSilencesThePong() {
        open();
        echo.answerPings(false);
        ws.send("2");
        assertThat(ws.poll(Duration.ofMillis(700))).isEmpty();
        echo.answerPings(true);
        ws.send("2");
        assertThat(ws.next(WAIT)).isEqualTo("3");
    }

    @Test
    void publicSubscribeAndHttpApiPublishGiveTheExactFrame() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"App.Prices\"}]");
        awaitRoom("App.Prices");
        echo.publish("App.Prices", "App\\Events\\X", "{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}");
        assertThat(ws.next(WAIT))
                .isEqualTo("42[\"App\\\\Events\\\\X\",\"App.Prices\",{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}]");
        assertThat(auth.requests()).isEmpty();
    }

    @Test
    void privateSubscribeWithTheRightBearerDeliversEvents() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + USER1 + "\"}}}]");
        awaitRoom("private-App.User.1");
        ChannelAuthStub.AuthRequest req = auth.requests().get(0);
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/broadcasting/auth");
        assertThat(req.header("Authorization")).isEqualTo("Bearer " + USER1);
        assertThat(req.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
        assertThat(req.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(req.body()).isEqualTo("channel_name=private-App.User.1");

        echo.publish("private-App.User.1", "App\\Events\\BalanceUpdated",
                "{\"data\":{\"currency\":\"BTC\",\"available\":\"0.5\"},\"socket\":null}");
        assertThat(ws.next(WAIT)).isEqualTo("42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\","
                + "{\"data\":{\"currency\":\"BTC\",\"available\":\"0.5\"},\"socket\":null}]");
    }

    @Test
    void wrongKeyGivesSubscriptionError403AndTheSocketStaysOpen() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer nope\"}}}]");
        assertThat(ws.next(WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",403]");
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer user2-key\"}}}]");
        assertThat(ws.next(WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",403]");
        ws.send("2");
        assertThat(ws.next(WAIT)).isEqualTo("3");
        assertThat(echo.sockets().get(0).rooms()).isEmpty();
    }

    @Test
    void authHost500GivesStatus500() {
        open();
        auth.answer500(true);
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + USER1 + "\"}}}]");
        assertThat(ws.next(WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",500]");
        assertThat(auth.requests()).hasSize(1);
    }

    @Test
    void presenceSubscribeUsesTheRedisMemberStore() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"presence-market.BTC\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + USER1 + "\"}}}]");
        String sid = echo.sockets().get(0).id();
        assertThat(ws.next(WAIT)).isEqualTo("42[\"presence:subscribed\",\"presence-market.BTC\",[{\"user_id\":1,"
                + "\"user_info\":{\"id\":1,\"name\":\"User 1\"},\"socketId\":\"" + sid + "\"}]]");
    }

    @Test
    void disconnectAllSends41ThenCloses() {
        open();
        assertThat(echo.disconnectAll()).isEqualTo(1);
        assertThat(ws.next(WAIT)).isEqualTo("41");
        RawWebSocket.Ending end = ws.awaitEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isFalse();
        assertThat(end.code()).isEqualTo(1005);
    }

    @Test
    void closeAllSendsABareCloseFrame() {
        open();
        assertThat(echo.closeAll()).isEqualTo(1);
        RawWebSocket.Ending end = ws.awaitEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isFalse();
        assertThat(end.code()).isEqualTo(1005);
        assertThat(ws.frames()).containsExactly(ws.frames().get(0), "40");
    }

    @Test
    void destroyAllEndsWithoutACloseFrame() {
        open();
        assertThat(echo.destroyAll()).isEqualTo(1);
        RawWebSocket.Ending end = ws.awaitDroppedEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isTrue();
        assertThat(ws.frames()).hasSize(2);
    }

    @Test
    void frozenProxyForwardsNoPongThenDropResetsTheConnection() {
        try (FaultyTcpProxy proxy = FaultyTcpProxy.start(echo.port())) {
            ws = RawWebSocket.connect(proxy.wrap(echo.webSocketUri()));
            assertThat(ws.next(WAIT)).startsWith("0{");
            assertThat(ws.next(WAIT)).isEqualTo("40");
            assertThat(proxy.connectionCount()).isEqualTo(1);

            proxy.freeze(true);
            ws.send("2");
            assertThat(ws.poll(Duration.ofMillis(800))).as("pong while frozen").isEmpty();
            proxy.freeze(false);
            assertThat(ws.next(WAIT)).as("the held ping reaches the server after the thaw").isEqualTo("3");

            proxy.drop();
            RawWebSocket.Ending end = ws.awaitEnding(WAIT);
            assertThat(end.abnormal()).as("ended by %s", end).isTrue();
            assertThat(proxy.connectionCount()).isZero();
        }
    }
}
