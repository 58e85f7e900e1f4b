package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real laravel-echo-server 1.6.3 (socket.io 2.5.1 / engine.io 3.6.x, EIO3) on 127.0.0.1, run by
 * {@code src/test/peers/echo-peer.js}: HTTP subscriber on, Redis subscriber off, presence DB on Redis
 * 127.0.0.1:6379, devMode off. Events are published through its HTTP API; faults it cannot produce come from
 * the peer's control port.
 *
 * <pre>{@code
 * try (ChannelAuthStub auth = ChannelAuthStub.start(Map.of("user1-key", "1"));
 *      LaravelEchoServerPeer echo = LaravelEchoServerPeer.builder().authHost(auth.authHost()).start()) {
 *     ... connect to echo.webSocketUri() ...
 *     echo.publish("App.Prices", "App\\Events\\X", "{\"last\":\"1\"}");
 * }
 * }</pre>
 */
public final class LaravelEchoServerPeer implements AutoCloseable {

    public static final String DEFAULT_APP_ID = "conformance-app";
    public static final String DEFAULT_KEY = "conformance-key";

    private final PeerProcess process;
    private final String appId;
    private final String key;

    private LaravelEchoServerPeer(Builder b) {
        this.appId = b.appId;
        this.key = b.key;
        List<String> args = new ArrayList<>(List.of(
                "--port", String.valueOf(b.port),
                "--control-port", "0",
                "--auth-host", stripTrailingSlash(b.authHost.toString()),
                "--auth-endpoint", b.authEndpoint,
                "--app-id", b.appId,
                "--key", b.key,
                "--ping-interval", String.valueOf(b.pingInterval.toMillis()),
                "--ping-timeout", String.valueOf(b.pingTimeout.toMillis())));
        this.process = PeerProcess.start("laravel-echo-server", "echo-peer.js", args, b.startTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code ws://127.0.0.1:<port>}: what a client is configured with. */
    public URI socketUrl() {
        return URI.create("ws://127.0.0.1:" + process.socketPort());
    }

    /** {@code ws://127.0.0.1:<port>/socket.io/?EIO=3&transport=websocket}: the WebSocket-only endpoint. */
    public URI webSocketUri() {
        return URI.create(socketUrl() + "/socket.io/?EIO=3&transport=websocket");
    }

    /** {@code http://127.0.0.1:<port>}: the HTTP API (same port as the sockets). */
    public URI httpUrl() {
        return URI.create("http://127.0.0.1:" + process.socketPort());
    }

    public int port() {
        return process.socketPort();
    }

    public int controlPort() {
        return process.controlPort();
    }

    public String appId() {
        return appId;
    }

    public String key() {
        return key;
    }

    /**
     * {@code POST /apps/:appId/events} with the client key: {@code {"channel","name":event,"data":<dataJson>}}.
     * Delivered as {@code 42[event, channel, data]} to every socket in the channel.
     *
     * @param dataJson a JSON value (object, array, string...); it must be valid JSON
     */
    public void publish(String channel, String event, String dataJson) {
        ObjectNode body = PeerHttp.JSON.createObjectNode();
        body.put("channel", channel);
        body.put("name", event);
        body.set("data", PeerHttp.parse(dataJson));
        PeerHttp.call("POST", httpUrl().resolve("/apps/" + appId + "/events"), body.toString(), key);
    }

    /** Every socket gets {@code socket.disconnect(true)}: a {@code 41}, then the WebSocket closes. */
    public int disconnectAll() {
        return control("POST", "/disconnect-all", "{}").path("affected").asInt();
    }

    /** Every socket gets {@code socket.conn.close()}: an Engine.IO close, seen as a bare close frame (no 41). */
    public int closeAll() {
        return control("POST", "/close-all", "{}").path("affected").asInt();
    }

    /** Every socket's TCP connection is destroyed: no close frame at all. */
    public int destroyAll() {
        return control("POST", "/destroy-all", "{}").path("affected").asInt();
    }

    /** EIO3: the client pings. {@code false} makes the server swallow its {@code 3} answers (until set back). */
    public void answerPings(boolean answer) {
        control("POST", "/pings", "{\"answer\":" + answer + "}");
    }

    public int socketCount() {
        return control("GET", "/sockets", null).path("count").asInt();
    }

    public List<PeerSocket> sockets() {
        return PeerHttp.sockets(control("GET", "/sockets", null));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines the peer printed (for assertion messages). */
    public String recentOutput() {
        return process.recentOutput();
    }

    private com.fasterxml.jackson.databind.JsonNode control(String method, String path, String body) {
        return PeerHttp.call(method, URI.create("http://127.0.0.1:" + process.controlPort() + path), body, null);
    }

    @Override
    public void close() {
        process.close();
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public static final class Builder {
        private URI authHost = URI.create("http://127.0.0.1:9");
        private String authEndpoint = "/broadcasting/auth";
        private String appId = DEFAULT_APP_ID;
        private String key = DEFAULT_KEY;
        private Duration pingInterval = Duration.ofMillis(25000);
        private Duration pingTimeout = Duration.ofMillis(20000);
        private int port;
        private Duration startTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Where private/presence auth requests go (e.g. {@link ChannelAuthStub#authHost()}). */
        public Builder authHost(URI authHost) {
            this.authHost = Objects.requireNonNull(authHost);
            return this;
        }

        public Builder authEndpoint(String authEndpoint) {
            this.authEndpoint = Objects.requireNonNull(authEndpoint);
            return this;
        }

        public Builder app(String appId, String key) {
            this.appId = Objects.requireNonNull(appId);
            this.key = Objects.requireNonNull(key);
            return this;
        }

        /** engine.io pingInterval/pingTimeout (defaults 25000/20000, as engine.io 3.6). */
        public Builder ping(Duration interval, Duration timeout) {
            this.pingInterval = Objects.requireNonNull(interval);
            this.pingTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** 0 (default) lets the OS choose. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        public LaravelEchoServerPeer start() {
            return new LaravelEchoServerPeer(this);
        }
    }
}
