package dev.vccexchange.camel.error;

/**
 * The socket.io session was lost or could not be opened: the server closed the WebSocket, sent a socket.io
 * {@code 41} or Engine.IO {@code 1}, the TCP connection broke, the connect timed out, a heartbeat deadline passed,
 * or the server refused the namespace ({@code 44}). The session reconnects after it, unless it gave up.
 */
public class SessionFailedException extends VccExchangeException {

    public SessionFailedException(String message) {
        super(message);
    }

    public SessionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
