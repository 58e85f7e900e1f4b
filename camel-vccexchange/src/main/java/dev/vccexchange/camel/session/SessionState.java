package dev.vccexchange.camel.session;

/** Life cycle of an {@link EngineSession}. */
public enum SessionState {
    /** Opening the WebSocket or waiting for the handshake and namespace. */
    CONNECTING,
    /** The namespace is ready: events flow and frames can be sent. */
    OPEN,
    /** The last connection failed; a reconnect is scheduled. */
    RECONNECT_WAIT,
    /** Not started yet, or closed by the user. Never reconnects. */
    CLOSED,
    /** The reconnect budget is spent. Never reconnects. */
    GAVE_UP
}
