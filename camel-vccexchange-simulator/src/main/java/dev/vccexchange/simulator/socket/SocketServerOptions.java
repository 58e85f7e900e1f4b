package dev.vccexchange.simulator.socket;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of {@link EchoSocketServer}.
 *
 * @param port                 TCP port on 127.0.0.1; 0 picks a free one
 * @param pingInterval         Engine.IO {@code pingInterval} announced in the open packet
 * @param pingTimeout          Engine.IO {@code pingTimeout} announced in the open packet
 * @param connectTimeout       EIO4 only: how long the server waits for the client's {@code 40} (socket.io 4's
 *                             {@code connectTimeout}, 45 s by default)
 * @param outboundQueueFrames  bound of the per-connection outbound queue of published events (frames); control
 *                             frames (pong, ping, close, faults) are not counted
 * @param outboundOfferTimeout how long {@code publish} waits for room in a full queue before it drops that
 *                             connection (TCP reset)
 */
public record SocketServerOptions(int port, Duration pingInterval, Duration pingTimeout, Duration connectTimeout,
        int outboundQueueFrames, Duration outboundOfferTimeout) {

    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofMillis(25_000);
    public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofMillis(20_000);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(45_000);
    public static final int DEFAULT_OUTBOUND_QUEUE_FRAMES = 65_536;
    public static final Duration DEFAULT_OUTBOUND_OFFER_TIMEOUT = Duration.ofSeconds(10);

    public SocketServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pingTimeout, "pingTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        Objects.requireNonNull(outboundOfferTimeout, "outboundOfferTimeout");
        if (outboundOfferTimeout.isNegative()) {
            throw new IllegalArgumentException("outboundOfferTimeout must not be negative");
        }
        if (outboundQueueFrames < 1) {
            throw new IllegalArgumentException("outboundQueueFrames must be >= 1");
        }
    }

    /** The contract's constructor: default connect timeout and outbound bounds. */
    public SocketServerOptions(int port, Duration pingInterval, Duration pingTimeout) {
        this(port, pingInterval, pingTimeout, DEFAULT_CONNECT_TIMEOUT, DEFAULT_OUTBOUND_QUEUE_FRAMES,
                DEFAULT_OUTBOUND_OFFER_TIMEOUT);
    }

    /** Port 0, pingInterval 25000 ms, pingTimeout 20000 ms (engine.io 3.6.x defaults). */
    public static SocketServerOptions defaults() {
        return new SocketServerOptions(0, DEFAULT_PING_INTERVAL, DEFAULT_PING_TIMEOUT);
    }

    public SocketServerOptions withPort(int newPort) {
        return new SocketServerOptions(newPort, pingInterval, pingTimeout, connectTimeout, outboundQueueFrames,
                outboundOfferTimeout);
    }

    public SocketServerOptions withPing(Duration interval, Duration timeout) {
        return new SocketServerOptions(port, interval, timeout, connectTimeout, outboundQueueFrames,
                outboundOfferTimeout);
    }

    public SocketServerOptions withConnectTimeout(Duration timeout) {
        return new SocketServerOptions(port, pingInterval, pingTimeout, timeout, outboundQueueFrames,
                outboundOfferTimeout);
    }

    public SocketServerOptions withOutboundQueue(int frames, Duration offerTimeout) {
        return new SocketServerOptions(port, pingInterval, pingTimeout, connectTimeout, frames, offerTimeout);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
