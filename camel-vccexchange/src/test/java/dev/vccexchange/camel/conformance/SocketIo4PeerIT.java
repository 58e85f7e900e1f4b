package dev.vccexchange.camel.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Proves {@link SocketIo4Peer} (EIO4 / Socket.IO v5 with the Echo subscribe protocol) with a raw WebSocket. */
@RequiresNode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocketIo4PeerIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String USER1 = "user1-key";

    private ChannelAuthStub auth;
    private SocketIo4Peer sio;
    private RawWebSocket ws;

    @BeforeAll
    void startPeers() {
        NodePeers.assumeAvailable();
        auth = ChannelAuthStub.start(Map.of(USER1, "1"));
        sio = SocketIo4Peer.builder().authHost(auth.authHost()).ping(Duration.ofMillis(500), Duration.ofMillis(500)).start();
    }

    @AfterAll
    void stopPeers() {
        if (sio != null) {
            sio.close();
            assertThat(sio.isAlive()).isFalse();
        }
        if (auth != null) {
            auth.close();
        }
    }

    @BeforeEach
    void reset() {
        auth.answer500(false);
        auth.clearRequests();
        sio.startPinging();
    }

    @AfterEach
    void closeSocket() {
        if (ws != null) {
            ws.close();
            ws = null;
        }
        await().atMost(WAIT).until(() -> sio.socketCount() == 0);
    }

    /** Opens, sends the v5 CONNECT and returns the Socket.IO sid; answers pings automatically. */
    private String open() {
        ws = RawWebSocket.connectAutoPong(sio.webSocketUri());
        assertThat(ws.next(WAIT)).startsWith("0{");
        ws.send("40");
        return ws.await(f -> f.startsWith("40"), WAIT);
    }

    private void awaitRoom(String channel) {
        await().atMost(WAIT).until(() -> sio.sockets().stream().anyMatch(s -> s.rooms().contains(channel)));
    }

    @Test
    void eio4OpenCarriesMaxPayloadAndConnectIsAnsweredWithSid() {
        ws = RawWebSocket.connect(sio.webSocketUri());
        String open = ws.next(WAIT);
        assertThat(open).startsWith("0{\"sid\":\"")
                .contains("\"upgrades\":[]", "\"pingInterval\":500", "\"pingTimeout\":500", "\"maxPayload\":1000000");
        assertThat(ws.poll(Duration.ofMillis(300)).filter(f -> !f.equals("2"))).as("no implicit 40 in v5").isEmpty();
        ws.send("40");
        String connect = ws.await(f -> f.startsWith("40"), WAIT);
        assertThat(connect).matches("40\\{\"sid\":\"[^\"]+\"}");
        assertThat(connect).doesNotContain(open.substring(9, 29)); // the Socket.IO sid differs from the Engine.IO sid
        ws.send("3"); // in case a ping slipped in
    }

    @Test
    void serverPingsAndAPongKeepsTheConnection() {
        ws = RawWebSocket.connect(sio.webSocketUri());
        ws.next(WAIT);
        ws.send("40");
        assertThat(ws.next(WAIT)).startsWith("40{");
        assertThat(ws.next(WAIT)).isEqualTo("2");
        ws.send("3");
        assertThat(ws.next(WAIT)).as("next ping after the pong").isEqualTo("2");
        ws.send("3");
        assertThat(ws.ending()).isNotDone();
    }

    @Test
    void unansweredPingClosesTheConnection() {
        ws = RawWebSocket.connect(sio.webSocketUri());
        ws.next(WAIT);
        ws.send("40");
        ws.next(WAIT);
        assertThat(ws.next(WAIT)).isEqualTo("2");
        RawWebSocket.Ending end = ws.awaitEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isFalse();
    }

    @Test
    void stopPingingSilencesTheServer() {
        open();
        sio.stopPinging();
        while (ws.poll(Duration.ofMillis(200)).isPresent()) {
            // drain pings already on the wire when the call returned
        }
        int before = ws.frames().size();
        assertThat(ws.poll(Duration.ofMillis(1500))).as("no ping while stopped").isEmpty();
        assertThat(ws.ending()).isNotDone();
        sio.startPinging();
        assertThat(ws.next(WAIT)).isEqualTo("2");
        assertThat(ws.frames().size()).isGreaterThan(before);
    }

    @Test
    void publicSubscribeAndPublishGiveTheEchoFrame() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"App.Prices\"}]");
        awaitRoom("App.Prices");
        sio.publish("App.Prices", "App\\Events\\X", "{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}");
        assertThat(ws.await(f -> f.startsWith("42"), WAIT))
                .isEqualTo("42[\"App\\\\Events\\\\X\",\"App.Prices\",{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}]");
        ws.send("42[\"unsubscribe\",{\"channel\":\"App.Prices\"}]");
        await().atMost(WAIT).until(() -> sio.sockets().get(0).rooms().isEmpty());
    }

    @Test
    void privateSubscribeIsAuthorisedThroughTheAuthHost() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + USER1 + "\"}}}]");
        awaitRoom("private-App.User.1");
        ChannelAuthStub.AuthRequest req = auth.requests().get(0);
        assertThat(req.header("Authorization")).isEqualTo("Bearer " + USER1);
        assertThat(req.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
        assertThat(req.body()).isEqualTo("channel_name=private-App.User.1");
        sio.publish("private-App.User.1", "App\\Events\\BalanceUpdated", "{\"available\":\"0.5\"}");
        assertThat(ws.await(f -> f.startsWith("42"), WAIT))
                .isEqualTo("42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\",{\"available\":\"0.5\"}]");
    }

    @Test
    void refusedSubscribeGivesSubscriptionError() {
        open();
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer nope\"}}}]");
        assertThat(ws.await(f -> f.startsWith("42"), WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",403]");
        auth.answer500(true);
        ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer "
                + USER1 + "\"}}}]");
        assertThat(ws.await(f -> f.startsWith("42"), WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",500]");
        assertThat(sio.sockets().get(0).rooms()).isEmpty();
    }

    @Test
    void disconnectAllSends41ThenCloses() {
        open();
        assertThat(sio.disconnectAll()).isEqualTo(1);
        assertThat(ws.await(f -> !f.equals("2"), WAIT)).isEqualTo("41");
        RawWebSocket.Ending end = ws.awaitEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isFalse();
        assertThat(end.code()).isEqualTo(1005);
    }

    @Test
    void closeAllSendsABareCloseFrame() {
        open();
        assertThat(sio.closeAll()).isEqualTo(1);
        RawWebSocket.Ending end = ws.awaitEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isFalse();
        assertThat(ws.frames()).doesNotContain("41");
    }

    @Test
    void destroyAllEndsWithoutACloseFrame() {
        open();
        assertThat(sio.destroyAll()).isEqualTo(1);
        RawWebSocket.Ending end = ws.awaitDroppedEnding(WAIT);
        assertThat(end.abnormal()).as("ended by %s", end).isTrue();
    }

    /**
     * allowEIO3 false: engine.io 6 completes the WebSocket upgrade (101) and then writes
     * {@code HTTP/1.1 400 Bad Request ... Unsupported protocol version} into the upgraded stream, which a
     * WebSocket client reads as a corrupt frame: no text frame, an abnormal end.
     */
    @Test
    void eio3IsRefused() {
        URI eio3 = URI.create(sio.socketUrl() + "/socket.io/?EIO=3&transport=websocket");
        RawWebSocket refused;
        try {
            refused = RawWebSocket.connect(eio3);
        } catch (CompletionException e) {
            return; // refused during the handshake: also fine
        }
        try (refused) {
            RawWebSocket.Ending end = refused.awaitEnding(WAIT);
            assertThat(end.abnormal()).as("ended by %s", end).isTrue();
            assertThat(refused.frames()).isEmpty();
        }
    }
}
