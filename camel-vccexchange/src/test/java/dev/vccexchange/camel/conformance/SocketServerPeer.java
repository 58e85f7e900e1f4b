package dev.vccexchange.camel.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the two node socket servers (laravel-echo-server, socket.io 4) have in common: a {@link PeerProcess}, the
 * socket URLs, and the faults and queries of the peer's control port ({@code src/test/peers/peer-common.js}).
 */
abstract class SocketServerPeer implements AutoCloseable {

    final PeerProcess process;
    private final int engineIoVersion;

    SocketServerPeer(String name, String script, Options<?> options, List<String> extraArgs, int engineIoVersion) {
        this.engineIoVersion = engineIoVersion;
        List<String> args = new ArrayList<>(List.of(
                "--port", String.valueOf(options.port),
                "--control-port", "0",
                "--auth-host", options.authHost.toString().replaceAll("/$", ""),
                "--auth-endpoint", options.authEndpoint,
                "--ping-interval", String.valueOf(options.pingInterval.toMillis()),
                "--ping-timeout", String.valueOf(options.pingTimeout.toMillis())));
        args.addAll(extraArgs);
        this.process = PeerProcess.start(name, script, args, options.startTimeout);
    }

    /** {@code ws://127.0.0.1:<port>}: what a client is configured with. */
    public URI socketUrl() {
        return URI.create("ws://127.0.0.1:" + process.socketPort());
    }

    /** {@code ws://127.0.0.1:<port>/socket.io/?EIO=<3|4>&transport=websocket}: the WebSocket-only endpoint. */
    public URI webSocketUri() {
        return URI.create(socketUrl() + "/socket.io/?EIO=" + engineIoVersion + "&transport=websocket");
    }

    public int port() {
        return process.socketPort();
    }

    public int controlPort() {
        return process.controlPort();
    }

    /** Every socket gets {@code socket.disconnect(true)}: a {@code 41}, then the WebSocket closes. */
    public int disconnectAll() {
        return control("POST", "/disconnect-all", "{}").path("affected").asInt();
    }

    /** Every socket gets {@code socket.conn.close()}: an Engine.IO close, seen as a bare close frame (no 41). */
    public int closeAll() {
        return control("POST", "/close-all", "{}").path("affected").asInt();
    }

    /** Every socket's TCP connection is destroyed: no close frame at all. Returns how many were destroyed. */
    public int destroyAll() {
        return control("POST", "/destroy-all", "{}").path("affected").asInt();
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

    JsonNode control(String method, String path, String body) {
        return PeerHttp.call(method, URI.create("http://127.0.0.1:" + process.controlPort() + path), body, null);
    }

    @Override
    public void close() {
        process.close();
    }

    /** The start options both servers take; {@code B} is the concrete builder, so the setters chain. */
    abstract static class Options<B extends Options<B>> {
        private URI authHost = URI.create("http://127.0.0.1:9");
        private String authEndpoint = "/broadcasting/auth";
        private Duration pingInterval = Duration.ofMillis(25000);
        private Duration pingTimeout = Duration.ofMillis(20000);
        private int port;
        private Duration startTimeout = Duration.ofSeconds(30);

        abstract B self();

        /** Where private/presence auth requests go (e.g. {@link ChannelAuthStub#authHost()}). */
        public B authHost(URI authHost) {
            this.authHost = Objects.requireNonNull(authHost);
            return self();
        }

        public B authEndpoint(String authEndpoint) {
            this.authEndpoint = Objects.requireNonNull(authEndpoint);
            return self();
        }

        /** engine.io pingInterval/pingTimeout (defaults 25000/20000). */
        public B ping(Duration interval, Duration timeout) {
            this.pingInterval = Objects.requireNonNull(interval);
            this.pingTimeout = Objects.requireNonNull(timeout);
            return self();
        }

        /** 0 (default) lets the OS choose. */
        public B port(int port) {
            this.port = port;
            return self();
        }

        public B startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return self();
        }
    }
}
