/**
 * One socket.io session on one {@link java.net.http.WebSocket}: handshake, heartbeat, back-pressure and reconnect
 * with back-off ({@link dev.vccexchange.camel.session.EngineSession}). Knows nothing of channels. Starts no
 * threads: the JDK HttpClient owns the reader, the caller owns the scheduler.
 */
package dev.vccexchange.camel.session;
