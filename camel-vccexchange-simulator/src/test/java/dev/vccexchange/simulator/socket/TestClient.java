package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client that records everything it receives, in order. */
final class TestClient implements WebSocket.Listener, AutoCloseable {

    record Text(String text) {
    }

    record Binary(byte[] bytes) {
    }

    record Closed(int code, String reason) {
    }

    record Failed(Throwable error) {
    }

    static final Duration WAIT = Duration.ofSeconds(5);

    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    volatile WebSocket ws;

    static TestClient connect(HttpClient http, EchoSocketServer server, int eio) {
        return connect(http, server.url() + "/socket.io/?EIO=" + eio + "&transport=websocket");
    }

    static TestClient connect(HttpClient http, String url) {
        TestClient c = new TestClient();
        c.ws = http.newWebSocketBuilder().buildAsync(URI.create(url), c).join();
        return c;
    }

    /** EIO3: consumes the open packet and the {@code 40}. */
    static TestClient connectEio3(HttpClient http, EchoSocketServer server) {
        TestClient c = connect(http, server, 3);
        assertThat(c.nextText()).startsWith("0{\"sid\":\"");
        assertThat(c.nextText()).isEqualTo("40");
        return c;
    }

    /** EIO4: consumes the open packet, sends {@code 40}, consumes {@code 40{"sid":..}}. */
    static TestClient connectEio4(HttpClient http, EchoSocketServer server) {
        TestClient c = connect(http, server, 4);
        assertThat(c.nextText()).startsWith("0{\"sid\":\"");
        c.send("40");
        assertThat(c.nextText()).startsWith("40{\"sid\":\"");
        return c;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            events.add(new Text(text.toString()));
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        binary.writeBytes(b);
        if (last) {
            events.add(new Binary(binary.toByteArray()));
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        events.add(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        events.add(new Failed(error));
    }

    void send(String frame) {
        ws.sendText(frame, true).join();
    }

    Object next(Duration wait) {
        try {
            Object e = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) {
                fail("nothing received within " + wait);
            }
            return e;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Object next() {
        return next(WAIT);
    }

    String nextText() {
        Object e = next();
        assertThat(e).isInstanceOf(Text.class);
        return ((Text) e).text();
    }

    Closed nextClosed() {
        Object e = next();
        assertThat(e).isInstanceOf(Closed.class);
        return (Closed) e;
    }

    /** Asserts that nothing arrives for that long. */
    void assertSilentFor(Duration d) {
        try {
            Object e = events.poll(d.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(e).as("unexpected event").isNull();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Proves the socket is still open and served: EIO3 ping gets a pong. */
    void assertAliveEio3() {
        send("2");
        assertThat(nextText()).isEqualTo("3");
    }

    @Override
    public void close() {
        WebSocket w = ws;
        if (w != null) {
            w.abort();
        }
    }
}
