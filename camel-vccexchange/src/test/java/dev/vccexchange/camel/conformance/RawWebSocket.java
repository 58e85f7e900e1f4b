package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bare {@code java.net.http.WebSocket} for the fixture self-tests: records every text frame, the close code
 * ({@code 1005} = close frame without a status) or the transport error. No socket.io logic except an optional
 * automatic {@code 3} answer to the server's {@code 2} (EIO4).
 */
final class RawWebSocket implements AutoCloseable {

    /**
     * How the connection ended: a close frame (code, reason), an error (code -1), or the JDK's 1006 through
     * {@code onClose} (it reports a TCP EOF without a close frame that way; a RST arrives as {@code onError}).
     */
    record Ending(int code, String reason, Throwable error) {
        /** No close frame was received: an error, or the JDK's synthetic 1006. */
        boolean abnormal() {
            return error != null || code == 1006;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RawWebSocket.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private final WebSocket ws;
    private volatile boolean autoPong;

    private RawWebSocket(URI uri, boolean autoPong) {
        this.autoPong = autoPong;
        this.ws = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
    }

    static RawWebSocket connect(URI uri) {
        return new RawWebSocket(uri, false);
    }

    /** For EIO4 peers: answers every {@code 2} with {@code 3} (the frames are still recorded). */
    static RawWebSocket connectAutoPong(URI uri) {
        return new RawWebSocket(uri, true);
    }

    void autoPong(boolean on) {
        autoPong = on;
    }

    synchronized void send(String text) {
        ws.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** The next text frame, or empty after {@code timeout}. */
    Optional<String> poll(Duration timeout) {
        try {
            return Optional.ofNullable(queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The next text frame; fails after {@code timeout}. */
    String next(Duration timeout) {
        return poll(timeout).orElseThrow(() -> new AssertionError("no frame within " + timeout + "; all: " + frames()));
    }

    /** Skips frames until one matches; fails after {@code timeout}. */
    String await(Predicate<String> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching frame within " + timeout + "; all: " + frames());
            }
            Optional<String> f = poll(Duration.ofNanos(left));
            if (f.isPresent() && match.test(f.get())) {
                return f.get();
            }
        }
    }

    /** Every text frame received so far, in order. */
    List<String> frames() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    CompletableFuture<Ending> ending() {
        return ending;
    }

    /**
     * After the server dropped the TCP connection: the JDK usually reports the EOF/RST at once, but on a loaded
     * machine it was once not reported within 5 s (1 run in ~10). If nothing came, write one frame: a write on the
     * dead connection must surface it. Either way the ending must be abnormal, which is what the callers assert.
     */
    Ending awaitDroppedEnding(Duration timeout) {
        try {
            return ending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("no ending {} after the TCP drop; writing a frame to surface it", timeout);
            ws.sendText("2", true).exceptionally(t -> null);
            return awaitEnding(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    Ending awaitEnding(Duration timeout) {
        Ending end = ending.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        LOG.info("raw WebSocket ended: {} after frames {}", end, frames());
        return end;
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
        ws.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                synchronized (all) {
                    all.add(frame);
                }
                queue.add(frame);
                if (autoPong && frame.equals("2")) {
                    send("3");
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ending.complete(new Ending(statusCode, reason, null));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ending.complete(new Ending(-1, null, error));
        }
    }
}
