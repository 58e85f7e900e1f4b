package dev.vccexchange.camel.conformance;

import java.net.URI;
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
public final class LaravelEchoServerPeer extends SocketServerPeer {

    public static final String DEFAULT_APP_ID = "conformance-app";
    public static final String DEFAULT_KEY = "conformance-key";

    private final String appId;
    private final String key;

    private LaravelEchoServerPeer(Builder b) {
        super("laravel-echo-server", "echo-peer.js", b, List.of("--app-id", b.appId, "--key", b.key), 3);
        this.appId = b.appId;
        this.key = b.key;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}: the HTTP API (same port as the sockets). */
    public URI httpUrl() {
        return URI.create("http://127.0.0.1:" + process.socketPort());
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

    /** EIO3: the client pings. {@code false} makes the server swallow its {@code 3} answers (until set back). */
    public void answerPings(boolean answer) {
        control("POST", "/pings", "{\"answer\":" + answer + "}");
    }

    public static final class Builder extends SocketServerPeer.Options<Builder> {
        private String appId = DEFAULT_APP_ID;
        private String key = DEFAULT_KEY;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder app(String appId, String key) {
            this.appId = Objects.requireNonNull(appId);
            this.key = Objects.requireNonNull(key);
            return this;
        }

        public LaravelEchoServerPeer start() {
            return new LaravelEchoServerPeer(this);
        }
    }
}
