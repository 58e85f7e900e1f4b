package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketFaultsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private EchoSocketServer server;

    private void start(SocketServerOptions options) throws Exception {
        server = new EchoSocketServer(options, ChannelAuthorizer.ALLOW_ALL);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dropAllResetsTheTcpConnectionWithoutCloseFrame() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient a = TestClient.connectEio3(http, server); TestClient b = TestClient.connectEio4(http, server)) {
            a.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            server.faults().dropAll();
            assertThat(a.next()).isInstanceOf(TestClient.Failed.class); // no onClose: abnormal closure
            assertThat(b.next()).isInstanceOf(TestClient.Failed.class);
            await().until(() -> server.connectionCount() == 0 && server.subscriptions().isEmpty());
            assertThat(server.liveConnections()).isEmpty();
        }
    }

    @Test
    void closeAllSendsABareCloseFrame() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient c = TestClient.connectEio3(http, server)) {
            c.send("42[\"subscribe\",{\"channel\":\"ticker\"}]");
            await().until(() -> server.subscriptions().contains("ticker"));
            server.faults().closeAll();
            assertThat(c.nextClosed().code()).isEqualTo(1005); // nothing before it
            await().until(() -> server.connectionCount() == 0 && server.subscriptions().isEmpty());
            await().until(() -> server.liveConnections().isEmpty()); // TCP closed after the client's close reply
        }
    }

    @Test
    void disconnectAllSends41ThenCloses() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient a = TestClient.connectEio3(http, server); TestClient b = TestClient.connectEio4(http, server)) {
            server.faults().disconnectAll();
            assertThat(a.nextText()).isEqualTo("41");
            assertThat(a.nextClosed().code()).isEqualTo(1005);
            assertThat(b.nextText()).isEqualTo("41");
            assertThat(b.nextClosed().code()).isEqualTo(1005);
            await().until(() -> server.connectionCount() == 0);
        }
    }

    @Test
    void stopAnsweringPingsEio3() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient c = TestClient.connectEio3(http, server)) {
            server.faults().stopAnsweringPings(true);
            c.send("2");
            c.assertSilentFor(Duration.ofMillis(300));
            server.faults().stopAnsweringPings(false);
            c.assertAliveEio3();
        }
    }

    @Test
    void stopAnsweringPingsEio4StopsServerPingsWithoutClosing() throws Exception {
        start(new SocketServerOptions(0, Duration.ofMillis(150), Duration.ofMillis(150)));
        try (TestClient c = TestClient.connectEio4(http, server)) {
            assertThat(c.nextText()).isEqualTo("2");
            c.send("3");
            server.faults().stopAnsweringPings(true);
            c.assertSilentFor(Duration.ofMillis(700)); // no ping, and not closed for the missing pongs
            assertThat(server.connectionCount()).isEqualTo(1);
            server.faults().stopAnsweringPings(false);
            assertThat(c.nextText()).isEqualTo("2");
            c.send("3");
            assertThat(c.nextText()).isEqualTo("2");
        }
    }

    @Test
    void sendRawAndSendBinaryReachEveryConnection() throws Exception {
        start(SocketServerOptions.defaults());
        try (TestClient a = TestClient.connectEio3(http, server); TestClient b = TestClient.connectEio4(http, server)) {
            server.faults().sendRaw("42[\"broken\"");
            assertThat(a.nextText()).isEqualTo("42[\"broken\"");
            assertThat(b.nextText()).isEqualTo("42[\"broken\"");
            byte[] bytes = new byte[70_000];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            server.faults().sendBinary(bytes);
            assertThat(((TestClient.Binary) a.next()).bytes()).isEqualTo(bytes);
            assertThat(((TestClient.Binary) b.next()).bytes()).isEqualTo(bytes);
            a.assertAliveEio3();
        }
    }
}
