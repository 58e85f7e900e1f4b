package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real socket.io 4.8 server (engine.io 6, EIO4 / Socket.IO v5, {@code allowEIO3: false}) on 127.0.0.1, run by
 * {@code src/test/peers/sio4-peer.js}, speaking laravel-echo-server's subscribe protocol: {@code subscribe}
 * (private/presence auth through the same POST to the auth host, failure → {@code subscription_error}),
 * {@code unsubscribe}, events as {@code 42[event, channel, data]}. Presence member events are not emulated.
 */
public final class SocketIo4Peer implements AutoCloseable {

    private final PeerProcess process;

    private SocketIo4Peer(Builder b) {
        List<String> args = List.of(
                "--port", String.valueOf(b.port),
                "--control-port", "0",
                "--auth-host", b.authHost.toString().replaceAll("/$", ""),
                "--auth-endpoint", b.authEndpoint,
                "--ping-interval", String.valueOf(b.pingInterval.toMillis()),
                "--ping-timeout", String.valueOf(b.pingTimeout.toMillis()));
        this.process = PeerProcess.start("socket.io-4", "sio4-peer.js", args, b.startTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code ws://127.0.0.1:<port>}. */
    public URI socketUrl() {
        return URI.create("ws://127.0.0.1:" + process.socketPort());
    }

    /** {@code ws://127.0.0.1:<port>/socket.io/?EIO=4&transport=websocket}. */
    public URI webSocketUri() {
        return URI.create(socketUrl() + "/socket.io/?EIO=4&transport=websocket");
    }

    public int port() {
        return process.socketPort();
    }

    public int controlPort() {
        return process.controlPort();
    }

    /** {@code io.to(channel).emit(event, channel, data)}; {@code dataJson} must be valid JSON. */
    public void publish(String channel, String event, String dataJson) {
        ObjectNode body = PeerHttp.JSON.createObjectNode();
        body.put("channel", channel);
        body.put("event", event);
        body.set("data", PeerHttp.parse(dataJson));
        control("POST", "/publish", body.toString());
    }

    /** {@code socket.disconnect(true)}: {@code 41}, then close. */
    public int disconnectAll() {
        return control("POST", "/disconnect-all", "{}").path("affected").asInt();
    }

    /** {@code socket.conn.close()}: a bare close frame. */
    public int closeAll() {
        return control("POST", "/close-all", "{}").path("affected").asInt();
    }

    /** TCP destroy: no close frame. */
    public int destroyAll() {
        return control("POST", "/destroy-all", "{}").path("affected").asInt();
    }

    /**
     * EIO4: the server pings. Stops sending {@code 2} on every current and future connection (and, with no
     * ping outstanding, the server never times the client out). {@link #startPinging()} resumes.
     */
    public void stopPinging() {
        control("POST", "/stop-pinging", "{}");
    }

    public void startPinging() {
        control("POST", "/start-pinging", "{}");
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

    public String recentOutput() {
        return process.recentOutput();
    }

    private JsonNode control(String method, String path, String body) {
        return PeerHttp.call(method, URI.create("http://127.0.0.1:" + process.controlPort() + path), body, null);
    }

    @Override
    public void close() {
        process.close();
    }

    public static final class Builder {
        private URI authHost = URI.create("http://127.0.0.1:9");
        private String authEndpoint = "/broadcasting/auth";
        private Duration pingInterval = Duration.ofMillis(25000);
        private Duration pingTimeout = Duration.ofMillis(20000);
        private int port;
        private Duration startTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder authHost(URI authHost) {
            this.authHost = Objects.requireNonNull(authHost);
            return this;
        }

        public Builder authEndpoint(String authEndpoint) {
            this.authEndpoint = Objects.requireNonNull(authEndpoint);
            return this;
        }

        public Builder ping(Duration interval, Duration timeout) {
            this.pingInterval = Objects.requireNonNull(interval);
            this.pingTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        public SocketIo4Peer start() {
            return new SocketIo4Peer(this);
        }
    }
}
