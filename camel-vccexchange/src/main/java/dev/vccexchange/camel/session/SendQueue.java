package dev.vccexchange.camel.session;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The writes of one WebSocket, chained: the JDK WebSocket allows one outstanding send at a time. Bounded: past
 * {@code capacity} unwritten frames {@link #offer} refuses. Not thread-safe: the session calls it under its lock;
 * completions update the count under the same lock.
 */
final class SendQueue {

    private final WebSocket socket;
    private final int capacity;
    private final Object lock;
    private final Consumer<Throwable> onWriteError;
    /** Guarded by lock. Tail of the chain. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    /** Guarded by lock. Frames offered and not yet written. */
    private int queued;

    SendQueue(WebSocket socket, int capacity, Object lock, Consumer<Throwable> onWriteError) {
        this.socket = socket;
        this.capacity = capacity;
        this.lock = lock;
        this.onWriteError = onWriteError;
    }

    /** Lock held. Queues a text frame behind those already being written; false when full. */
    boolean offer(String frame) {
        if (queued >= capacity) {
            return false;
        }
        queued++;
        tail = tail.thenCompose(x -> socket.sendText(frame, true)).whenComplete((x, error) -> {
            synchronized (lock) {
                queued--;
            }
            if (error != null) {
                onWriteError.accept(error);
            }
        });
        return true;
    }

    /** Lock held. Sends a close frame after the queued frames (whether or not they could be written). */
    void closeAfterPending() {
        tail.handle((x, e) -> null)
                .thenCompose(x -> socket.sendClose(WebSocket.NORMAL_CLOSURE, ""))
                .whenComplete((x, e) -> {
                    if (e != null) {
                        socket.abort();
                    }
                });
    }

    /** Lock held. */
    int queued() {
        return queued;
    }
}
