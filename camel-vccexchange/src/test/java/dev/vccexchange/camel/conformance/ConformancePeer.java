package dev.vccexchange.camel.conformance;

import java.net.URI;

/**
 * What the consumer conformance contract needs from a socket.io server: the three peers (laravel-echo-server,
 * socket.io 4, the simulator's socket) adapt their own fixture APIs to this.
 */
interface ConformancePeer extends AutoCloseable {

    /** The key of user 1, which may subscribe {@code private-App.User.1}; any other key is refused with 403. */
    String USER1_KEY = "user1-key";

    /** The peer's own address (tests connect through a {@link FaultyTcpProxy} in front of it). */
    URI socketUrl();

    int engineIoVersion();

    /** Broadcasts {@code 42[event, channel, data]} to every socket in the channel's room. */
    void publish(String channel, String event, String dataJson);

    /** True once some socket has joined the channel's room (subscriptions are never acknowledged on the wire). */
    boolean hasSubscriber(String channel);

    int socketCount();

    /** socket.io DISCONNECT ({@code 41}) then close. */
    void disconnectAll();

    /** A bare WebSocket close frame, nothing before it. */
    void closeAll();

    /** How many times the peer was asked to authorize {@code channel} (a retry loop shows here). */
    int authorizations(String channel);

    /** While on, the channel auth backend answers 500 (a transient refusal). */
    void failAuthorizations(boolean on);

    @Override
    void close();
}
