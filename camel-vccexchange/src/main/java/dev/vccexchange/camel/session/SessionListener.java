package dev.vccexchange.camel.session;

import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.wire.SocketIoPacket;

/**
 * Typed callbacks of an {@link EngineSession}. {@link #onEvent} runs on the WebSocket reader thread and the next
 * frame is requested only when it returns (back-pressure); the other callbacks may run on the reader thread or on
 * the scheduler. Callbacks must not throw; what they throw is logged and swallowed.
 */
public interface SessionListener {

    /** The namespace is ready (after every successful (re)connect): send subscriptions now. */
    void onOpen();

    /** A Socket.IO EVENT on the root namespace, {@code 42[name, args...]}. */
    void onEvent(SocketIoPacket event);

    /**
     * Something went wrong: a malformed or unsupported frame (the session goes on), or the cause of a lost
     * connection ({@link dev.vccexchange.camel.error.SessionFailedException}; a reconnect follows unless the
     * session gave up).
     */
    void onError(VccExchangeException error);

    /** The state changed; the snapshot is the same as {@link EngineSession#health()} at that moment. */
    default void onStateChanged(SessionHealth health) {
    }
}
