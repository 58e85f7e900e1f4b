package dev.vccexchange.camel.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Opens a WebSocket. The production one is {@link #of(HttpClient, Duration)}; tests script an in-memory fake.
 * Implementations must not block: the future completes when the WebSocket is open.
 */
@FunctionalInterface
public interface WebSocketConnector {

    CompletableFuture<WebSocket> connect(URI uri, WebSocket.Listener listener);

    /** Connects with the JDK WebSocket of a (shared) {@link HttpClient}. */
    static WebSocketConnector of(HttpClient client, Duration connectTimeout) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        return (uri, listener) -> client.newWebSocketBuilder()
                .connectTimeout(connectTimeout)
                .buildAsync(uri, listener);
    }
}
