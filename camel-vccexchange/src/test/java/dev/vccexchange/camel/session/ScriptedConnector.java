package dev.vccexchange.camel.session;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * For testing: a {@link WebSocketConnector} that opens {@link FakeWebSocket}s in memory. By default every connect
 * succeeds at once (onOpen, then the future completes); {@link #refuseConnections} and {@link #hangConnections}
 * script failures.
 */
public final class ScriptedConnector implements WebSocketConnector {

    /** One call of connect(). */
    public record Attempt(URI uri, FakeWebSocket socket, CompletableFuture<WebSocket> future) {
    }

    private final List<Attempt> attempts = new ArrayList<>();
    private boolean refuse;
    private boolean hang;

    public synchronized void refuseConnections(boolean refuse) {
        this.refuse = refuse;
    }

    public synchronized void hangConnections(boolean hang) {
        this.hang = hang;
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public synchronized int count() {
        return attempts.size();
    }

    public synchronized Attempt last() {
        return attempts.get(attempts.size() - 1);
    }

    public FakeWebSocket socket() {
        return last().socket();
    }

    @Override
    public CompletableFuture<WebSocket> connect(URI uri, WebSocket.Listener listener) {
        FakeWebSocket ws = new FakeWebSocket(listener);
        CompletableFuture<WebSocket> future = new CompletableFuture<>();
        boolean refuseNow;
        boolean hangNow;
        synchronized (this) {
            attempts.add(new Attempt(uri, ws, future));
            refuseNow = refuse;
            hangNow = hang;
        }
        if (refuseNow) {
            future.completeExceptionally(new IOException("Connection refused"));
        } else if (!hangNow) {
            listener.onOpen(ws);
            future.complete(ws);
        }
        return future;
    }
}
