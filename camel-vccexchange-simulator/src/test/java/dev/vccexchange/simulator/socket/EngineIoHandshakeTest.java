package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineIoHandshakeTest {

    private static final Pattern OPEN3 = Pattern.compile(
            "0\\{\"sid\":\"([A-Za-z0-9_-]{20})\",\"upgrades\":\\[],\"pingInterval\":(\\d+),\"pingTimeout\":(\\d+)}");
    private static final Pattern OPEN4 = Pattern.compile("0\\{\"sid\":\"([A-Za-z0-9_-]{20})\",\"upgrades\":\\[],"
            + "\"pingInterval\":(\\d+),\"pingTimeout\":(\\d+),\"maxPayload\":1000000}");

    private final HttpClient http = HttpClient.newHttpClient();
    private EchoSocketServer server;

    private EchoSocketServer start(SocketServerOptions options) throws Exception {
        server = new EchoSocketServer(options, ChannelAuthorizer.ALLOW_ALL);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eio3OpenPacketThenConnectWithoutAsking() throws Exception {
        start(SocketServerOptions.defaults());
        assertThat(server.url()).isEqualTo("ws://127.0.0.1:" + server.port());
        try (TestClient c = TestClient.connect(http, server, 3)) {
            String open = c.nextText();
            Matcher m = OPEN3.matcher(open);
            assertThat(m.matches()).as(open).isTrue();
            assertThat(m.group(2)).isEqualTo("25000");
            assertThat(m.group(3)).isEqualTo("20000");
            assertThat(c.nextText()).isEqualTo("40");
            assertThat(server.connectionCount()).isEqualTo(1);
            // an explicit 40 for "/" gets no reply (socket.io 2)
            c.send("40");
            c.assertSilentFor(Duration.ofMillis(300));
        }
    }

    @Test
    void eio3SidsAreDistinct() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient a = TestClient.connect(http, server, 3); TestClient b = TestClient.connect(http, server, 3)) {
            assertThat(a.nextText()).isNotEqualTo(b.nextText());
        }
    }

    @Test
    void eio3ClientPingsAndServerAnswersWithBarePong() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("2");
            assertThat(c.nextText()).isEqualTo("3");
            c.send("2probe");
            assertThat(c.nextText()).isEqualTo("3"); // engine.io 3.6.2: a bare 3, not 3probe
            c.assertSilentFor(Duration.ofMillis(300)); // the server never pings
        }
    }

    @Test
    void eio3IdleClientIsClosedAfterIntervalPlusTimeoutWithBareCloseFrame() throws Exception {
        start(new SocketServerOptions(0, Duration.ofMillis(200), Duration.ofMillis(200)));
        long t0 = System.nanoTime();
        try (TestClient c = TestClient.connectEio3(http, server)) {
            TestClient.Closed closed = c.nextClosed(); // nothing (no "1", no "41") before it
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertThat(closed.code()).isEqualTo(1005);
            assertThat(ms).isBetween(350L, 3000L);
            org.awaitility.Awaitility.await().until(() -> server.connectionCount() == 0);
        }
    }

    @Test
    void eio3PingingClientStaysOpen() throws Exception {
        start(new SocketServerOptions(0, Duration.ofMillis(200), Duration.ofMillis(200)));
        try (TestClient c = TestClient.connectEio3(http, server)) {
            for (int i = 0; i < 8; i++) {
                Thread.sleep(100);
                c.assertAliveEio3();
            }
            assertThat(server.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void eio4WaitsForConnectAndAnswersWithOtherSid() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient c = TestClient.connect(http, server, 4)) {
            String open = c.nextText();
            Matcher m = OPEN4.matcher(open);
            assertThat(m.matches()).as(open).isTrue();
            c.assertSilentFor(Duration.ofMillis(200)); // no implicit 40
            c.send("40{\"token\":\"123\"}");
            String connect = c.nextText();
            assertThat(connect).matches("40\\{\"sid\":\"[A-Za-z0-9_-]{20}\"}");
            assertThat(connect).doesNotContain(m.group(1));
        }
    }

    @Test
    void eio4ServerPingsAndClosesOnMissingPong() throws Exception {
        start(new SocketServerOptions(0, Duration.ofMillis(200), Duration.ofMillis(200)));
        try (TestClient c = TestClient.connectEio4(http, server)) {
            assertThat(c.nextText()).isEqualTo("2");
            c.send("3");
            assertThat(c.nextText()).isEqualTo("2");
            // no pong this time
            assertThat(c.nextClosed().code()).isEqualTo(1005);
        }
    }

    @Test
    void eio4WithoutConnectIsClosed() throws Exception {
        start(SocketServerOptions.defaults().withConnectTimeout(Duration.ofMillis(300)));
        try (TestClient c = TestClient.connect(http, server, 4)) {
            assertThat(c.nextText()).startsWith("0{");
            assertThat(c.nextClosed().code()).isEqualTo(1005);
        }
        try (TestClient c = TestClient.connect(http, server, 4)) {
            assertThat(c.nextText()).startsWith("0{");
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]"); // not a CONNECT first
            assertThat(c.nextClosed().code()).isEqualTo(1005);
        }
    }

    @Test
    void unknownNamespaceIsRefused() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("40/admin,");
            assertThat(c.nextText()).isEqualTo("44/admin,\"Invalid namespace\"");
        }
        try (TestClient c = TestClient.connectEio4(http, server)) {
            c.send("40/nope,");
            assertThat(c.nextText()).isEqualTo("44/nope,{\"message\":\"Invalid namespace\"}");
        }
    }

    @Test
    void serverCloseSendsBareCloseFrameWithout41() throws Exception {
        start(SocketServerOptions.defaults());
        TestClient c = TestClient.connectEio3(http, server);
        server.close();
        assertThat(c.nextClosed().code()).isEqualTo(1005);
        c.close();
    }
}
