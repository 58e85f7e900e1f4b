package dev.vccexchange.camel.session;

import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one socket.io server.
 *
 * @param socketUrl      {@code ws://host:port} or {@code wss://host:port}, optionally with a path prefix; the
 *                       session appends {@code /socket.io/?EIO=3|4&transport=websocket}
 * @param version        Engine.IO version to speak (laravel-echo-server: {@link EngineIoVersion#V3})
 * @param connectTimeout budget from starting a connect to the namespace being ready
 * @param reconnectPolicy back-off between attempts
 */
public record SessionOptions(URI socketUrl, EngineIoVersion version, Duration connectTimeout,
        ReconnectPolicy reconnectPolicy) {

    public SessionOptions {
        Objects.requireNonNull(socketUrl, "socketUrl");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(reconnectPolicy, "reconnectPolicy");
        String scheme = socketUrl.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("socketUrl must be ws:// or wss://, got scheme " + scheme);
        }
        if (socketUrl.getHost() == null) {
            throw new IllegalArgumentException("socketUrl has no host");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
    }

    /** EIO3, 20 s connect timeout, default back-off: what laravel-echo-server needs. */
    public static SessionOptions of(URI socketUrl) {
        return new SessionOptions(socketUrl, EngineIoVersion.V3, Duration.ofSeconds(20), ReconnectPolicy.defaults());
    }

    /** The URI the WebSocket connects to: socketUrl + {@code /socket.io/?EIO=N&transport=websocket}. */
    public URI handshakeUri() {
        String path = socketUrl.getRawPath() == null ? "" : socketUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String authority = socketUrl.getRawAuthority();
        return URI.create(socketUrl.getScheme().toLowerCase() + "://" + authority + path
                + "/socket.io/?EIO=" + version.number() + "&transport=websocket");
    }
}
