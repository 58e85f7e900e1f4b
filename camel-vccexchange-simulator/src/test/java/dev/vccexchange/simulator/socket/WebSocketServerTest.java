package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 6455 framing, HTTP errors and back-pressure. */
class WebSocketServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<Map<String, String>> lastHeaders = new AtomicReference<>();
    private EchoSocketServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EchoSocketServer(SocketServerOptions.defaults(), (channel, headers) -> {
            lastHeaders.set(headers);
            return 200;
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badQueriesGet400LikeEngineIo() throws Exception {
        HttpResponse<String> r = get("/socket.io/?EIO=5&transport=websocket");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"code\":5,\"message\":\"Unsupported protocol version\"}");
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        r = get("/socket.io/?EIO=3&transport=polling");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"code\":0,\"message\":\"Transport unknown\"}");
        r = get("/socket.io/?EIO=3");
        assertThat(r.body()).isEqualTo("{\"code\":0,\"message\":\"Transport unknown\"}");
        r = get("/socket.io/?EIO=3&transport=websocket"); // not an upgrade
        assertThat(r.body()).isEqualTo("{\"code\":3,\"message\":\"Bad request\"}");
        r = get("/socket.io/?EIO=3&transport=websocket&sid=abc");
        assertThat(r.body()).isEqualTo("{\"code\":1,\"message\":\"Session ID unknown\"}");
        assertThat(get("/").body()).isEqualTo("OK");
        assertThat(get("/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void badUpgradeGets400() throws Exception {
        assertThatThrownBy(() -> TestClient.connect(http, server.url() + "/socket.io/?EIO=5&transport=websocket"))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(400));
        try (RawClient raw = new RawClient(server.port())) {
            String head = raw.upgrade("/socket.io/?EIO=3&transport=polling");
            assertThat(head).startsWith("HTTP/1.1 400 Bad Request\r\n");
            assertThat(raw.readRest()).isEqualTo("Transport unknown"); // engine.io's abortConnection body
        }
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void handshakeAnswerCarriesTheAcceptKey() throws Exception {
        assertThat(Handshake.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="); // RFC 6455
        try (RawClient raw = new RawClient(server.port())) {
            String head = raw.upgrade("/socket.io/?EIO=3&transport=websocket");
            assertThat(head).isEqualTo("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + Handshake.accept("AAAAAAAAAAAAAAAAAAAAAA==") + "\r\n\r\n");
            RawClient.Frame open = raw.readFrame();
            assertThat(open.fin()).isTrue();
            assertThat(open.opcode()).isEqualTo(1);
            assertThat(open.text()).startsWith("0{\"sid\":");
            assertThat(raw.readFrame().text()).isEqualTo("40");
        }
    }

    @Test
    void fragmentedAndLongIncomingMessagesAreReassembled() throws Exception {
        try (RawClient raw = new RawClient(server.port())) {
            raw.upgrade("/socket.io/?EIO=3&transport=websocket");
            raw.readFrame();
            raw.readFrame();
            String big = "x".repeat(70_000); // 64-bit length
            String msg = "42[\"subscribe\",{\"channel\":\"private-a\",\"auth\":{\"headers\":{\"X\":\"" + big + "\"}}}]";
            byte[] b = msg.getBytes(StandardCharsets.UTF_8);
            raw.sendFrame(false, 1, java.util.Arrays.copyOfRange(b, 0, 10), true);
            raw.sendFrame(true, 9, "hi".getBytes(StandardCharsets.UTF_8), true); // a ping between fragments
            raw.sendFrame(false, 0, java.util.Arrays.copyOfRange(b, 10, 300), true); // 16-bit length
            raw.sendFrame(true, 0, java.util.Arrays.copyOfRange(b, 300, b.length), true);
            RawClient.Frame pong = raw.readFrame();
            assertThat(pong.opcode()).isEqualTo(0xA);
            assertThat(pong.text()).isEqualTo("hi");
            await().until(() -> server.subscriptions().contains("private-a"));
            assertThat(lastHeaders.get()).containsEntry("X", big);
            // a long outgoing frame uses the 64-bit length too
            ObjectNode payload = new ObjectMapper().createObjectNode().put("blob", big);
            server.publish("private-a", "E", payload);
            RawClient.Frame event = raw.readFrame();
            assertThat(event.text()).isEqualTo("42[\"E\",\"private-a\",{\"blob\":\"" + big + "\"}]");
        }
    }

    @Test
    void unmaskedClientFrameIsAProtocolError() throws Exception {
        try (RawClient raw = new RawClient(server.port())) {
            raw.upgrade("/socket.io/?EIO=3&transport=websocket");
            raw.readFrame();
            raw.readFrame();
            raw.sendFrame(true, 1, "2".getBytes(StandardCharsets.UTF_8), false);
            RawClient.Frame close = raw.readFrame();
            assertThat(close.opcode()).isEqualTo(8);
            assertThat(((close.payload()[0] & 0xFF) << 8) | (close.payload()[1] & 0xFF)).isEqualTo(1002);
            assertThat(raw.in.read()).isEqualTo(-1);
        }
    }

    @Test
    void slowClientIsDroppedWhenItsQueueStaysFull() throws Exception {
        server.close();
        server = new EchoSocketServer(
                SocketServerOptions.defaults().withOutboundQueue(8, Duration.ofMillis(300)), ChannelAuthorizer.ALLOW_ALL);
        server.start();
        try (RawClient raw = new RawClient(server.port(), 4096);
                TestClient fast = TestClient.connectEio3(http, server)) {
            raw.upgrade("/socket.io/?EIO=3&transport=websocket");
            raw.readFrame();
            raw.readFrame();
            raw.sendText("42[\"subscribe\",{\"channel\":\"t\"}]");
            fast.send("42[\"subscribe\",{\"channel\":\"t\"}]");
            await().until(() -> server.connectionCount() == 2 && server.subscriptions().contains("t"));
            Thread.sleep(100);
            ObjectNode payload = new ObjectMapper().createObjectNode().put("blob", "y".repeat(64 * 1024));
            long t0 = System.nanoTime();
            int sent = 0;
            while (server.connectionCount() == 2 && sent < 2_000) { // the raw client never reads
                server.publish("t", "E", payload);
                sent++;
                fast.next(); // the fast client keeps up
            }
            assertThat(server.connectionCount()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            server.publish("t", "E", payload);
            assertThat(fast.nextText()).startsWith("42[\"E\",\"t\"");
        }
    }
}
