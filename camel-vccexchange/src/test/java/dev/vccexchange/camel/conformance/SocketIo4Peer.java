package dev.vccexchange.camel.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A real socket.io 4.8 server (engine.io 6, EIO4 / Socket.IO v5, {@code allowEIO3: false}) on 127.0.0.1, run by
 * {@code src/test/peers/sio4-peer.js}, speaking laravel-echo-server's subscribe protocol: {@code subscribe}
 * (private/presence auth through the same POST to the auth host, failure → {@code subscription_error}),
 * {@code unsubscribe}, events as {@code 42[event, channel, data]}. Presence member events are not emulated.
 */
public final class SocketIo4Peer extends SocketServerPeer {

    private SocketIo4Peer(Builder b) {
        super("socket.io-4", "sio4-peer.js", b, List.of(), 4);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code io.to(channel).emit(event, channel, data)}; {@code dataJson} must be valid JSON. */
    public void publish(String channel, String event, String dataJson) {
        ObjectNode body = PeerHttp.JSON.createObjectNode();
        body.put("channel", channel);
        body.put("event", event);
        body.set("data", PeerHttp.parse(dataJson));
        control("POST", "/publish", body.toString());
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

    public static final class Builder extends SocketServerPeer.Options<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        public SocketIo4Peer start() {
            return new SocketIo4Peer(this);
        }
    }
}
