package dev.vccexchange.camel.session;

import dev.vccexchange.camel.error.SessionFailedException;
import dev.vccexchange.camel.error.VccExchangeException;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket.io session on the JDK {@link WebSocket}: handshake (EIO3 or EIO4), heartbeat, back-pressure, and
 * reconnect with back-off. Knows nothing of channels.
 *
 * <p>State machine: {@code CLOSED --start--> CONNECTING --40--> OPEN --fail--> RECONNECT_WAIT --timer-->
 * CONNECTING ...}; {@code fail} past the budget goes to {@code GAVE_UP}; {@link #close()} goes to {@code CLOSED}
 * from anywhere. Every way a connection can end (server close frame, {@code 41}, Engine.IO {@code 1}, read or
 * write error, connect failure or timeout, missed heartbeat) goes through one idempotent funnel,
 * {@link #fail(SessionConnection, Throwable, boolean)}, the only place that schedules a reconnect.
 *
 * <p>Threads: events are delivered on the WebSocket reader thread and the next frame is requested only when the
 * listener returns. Timers run on the caller's scheduler; this class starts no threads. All mutable state is
 * guarded by {@link #lock}, which the current {@link SessionConnection} (one per attempt: the WebSocket listener,
 * handshake and heartbeat) shares; callbacks of a connection that is no longer {@link #conn} are ignored.
 *
 * <p>Frame payloads are never logged above TRACE and outbound frames never: subscribe frames carry the API key.
 */
public final class EngineSession {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSession.class);

    /** Largest text message accepted when joining partial frames, in chars. */
    static final int MAX_MESSAGE_CHARS = 16 * 1024 * 1024;
    /** Frames that may wait to be written before {@link #send(String)} refuses. */
    static final int MAX_QUEUED_SENDS = 1024;
    /** How long {@link #close()} waits for the server's close frame before aborting the socket. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final WebSocketConnector connector;
    private final ScheduledExecutorService scheduler;
    private final SessionOptions options;
    private final SessionListener listener;
    private final LongSupplier nanoClock;
    private final DoubleSupplier random;
    private final URI uri;
    private final Object lock = new Object();

    // All fields below: guarded by lock; read and written by the caller (start/close/send), the reader thread
    // (frames) and the scheduler (heartbeat, timeouts, reconnect).
    /** Current state; see the class comment. */
    private SessionState state = SessionState.CLOSED;
    /** When state was entered. */
    private Instant since = Instant.now();
    /** True once start() or close() was called: start() works once. */
    private boolean started;
    /** True once the user called close(): never reconnect again. */
    private boolean closedByUser;
    /** The live connection attempt, or null in RECONNECT_WAIT, GAVE_UP and CLOSED. */
    /** The live connection; volatile so the reader can check it is still current without taking the lock. */
    private volatile SessionConnection conn;
    /** Failed attempts in a row; reset by a successful open. */
    private int attempt;
    /** Why the last connection ended, or null. */
    private VccExchangeException lastError;
    /** Delay of the scheduled reconnect, or null. */
    private Duration nextRetryIn;
    /** The scheduled reconnect, or null. */
    private ScheduledFuture<?> reconnectTask;

    public EngineSession(WebSocketConnector connector, ScheduledExecutorService scheduler, SessionOptions options,
            SessionListener listener) {
        this(connector, scheduler, options, listener, System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** For testing: a virtual clock (nanoseconds, same time base as the scheduler) and fixed jitter. */
    public EngineSession(WebSocketConnector connector, ScheduledExecutorService scheduler, SessionOptions options,
            SessionListener listener, LongSupplier nanoClock, DoubleSupplier random) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.random = Objects.requireNonNull(random, "random");
        this.uri = options.handshakeUri();
    }

    /** Connects in the background. Never blocks and never throws on network failure. Works once. */
    public void start() {
        synchronized (lock) {
            if (started) {
                return;
            }
            started = true;
        }
        connect();
    }

    /**
     * Queues a text frame (e.g. {@code 42["subscribe",{..}]}) for sending. Returns false when the session is not
     * {@link SessionState#OPEN} or too many frames are already queued.
     */
    public boolean send(String frame) {
        Objects.requireNonNull(frame, "frame");
        synchronized (lock) {
            return state == SessionState.OPEN && conn != null && conn.enqueue(frame);
        }
    }

    public SessionHealth health() {
        synchronized (lock) {
            return snapshot();
        }
    }

    public SessionOptions options() {
        return options;
    }

    /** Closes for good: sends {@code 41} and a close frame, aborts after {@link #CLOSE_GRACE}; no reconnect. */
    public void close() {
        SessionHealth health;
        synchronized (lock) {
            if (closedByUser) {
                return;
            }
            closedByUser = true;
            started = true;
            cancel(reconnectTask);
            reconnectTask = null;
            nextRetryIn = null;
            SessionConnection c = conn;
            conn = null;
            if (c != null) {
                c.closeGracefully();
            }
            health = setState(SessionState.CLOSED);
        }
        notifyState(health);
    }

    @Override
    public String toString() {
        return "EngineSession[" + uri + ", " + health().state() + "]";
    }

    // --- connection life cycle -------------------------------------------------------------------------------

    private void connect() {
        SessionConnection c;
        SessionHealth health;
        synchronized (lock) {
            if (closedByUser || state == SessionState.GAVE_UP) {
                return;
            }
            c = new SessionConnection(this, lock, options, uri, listener);
            conn = c;
            reconnectTask = null;
            nextRetryIn = null;
            health = setState(SessionState.CONNECTING);
            c.connectTimeout = schedule(c::connectTimedOut, options.connectTimeout());
        }
        notifyState(health);
        LOG.debug("Connecting to {}", uri);
        CompletableFuture<WebSocket> future;
        try {
            future = connector.connect(uri, c);
        } catch (RuntimeException e) {
            fail(c, e, false);
            return;
        }
        future.whenComplete((ws, error) -> {
            if (error != null) {
                fail(c, error, false);
            } else {
                c.attach(ws);
            }
        });
    }

    private void reconnect() {
        synchronized (lock) {
            if (closedByUser || state != SessionState.RECONNECT_WAIT) {
                return;
            }
        }
        connect();
    }

    /**
     * The failure funnel. Idempotent per connection and ignores connections that are no longer current. Aborts
     * the socket (after answering a server close frame), reports the cause, and schedules the reconnect or gives
     * up.
     */
    void fail(SessionConnection c, Throwable cause, boolean answerClose) {
        VccExchangeException error = toSessionError(cause);
        SessionHealth health;
        WebSocket ws;
        synchronized (lock) {
            if (conn != c || c.failed) {
                return;
            }
            c.failed = true;
            conn = null;
            c.cancelTimers();
            ws = c.ws;
            lastError = error;
            attempt++;
            ReconnectPolicy policy = options.reconnectPolicy();
            if (policy.exhausted(attempt)) {
                nextRetryIn = null;
                health = setState(SessionState.GAVE_UP);
            } else {
                nextRetryIn = policy.nextDelay(attempt, random);
                health = setState(SessionState.RECONNECT_WAIT);
                reconnectTask = schedule(this::reconnect, nextRetryIn);
            }
        }
        if (ws != null) {
            if (answerClose) {
                try {
                    ws.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((x, e) -> ws.abort());
                } catch (RuntimeException e) {
                    ws.abort();
                }
            } else {
                ws.abort();
            }
        }
        LOG.info("socket.io session to {}: {}", uri, health.describe()); // describe() names the cause
        notifyError(error);
        notifyState(health);
    }

    private VccExchangeException toSessionError(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof VccExchangeException v) {
            return v;
        }
        String msg = t.getMessage();
        return new SessionFailedException("socket.io connection to " + uri + " failed: "
                + t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg), t);
    }

    // --- helpers (lock held where noted) ---------------------------------------------------------------------

    /** Lock held. */
    private SessionHealth setState(SessionState newState) {
        if (state != newState) {
            state = newState;
            since = Instant.now();
        }
        return snapshot();
    }

    /** Lock held. */
    private SessionHealth snapshot() {
        return new SessionHealth(state, lastError, attempt, nextRetryIn, since);
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return scheduler.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Scheduler refused a task (shutting down?)", e);
            return null;
        }
    }

    static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    private void notifyState(SessionHealth health) {
        try {
            listener.onStateChanged(health);
        } catch (RuntimeException e) {
            LOG.warn("SessionListener.onStateChanged threw", e);
        }
    }

    void notifyError(VccExchangeException error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("SessionListener.onError threw", e);
        }
    }

    long now() {
        return nanoClock.getAsLong();
    }

    // --- for the current SessionConnection ----------------------------------------------------------------------

    boolean isCurrent(SessionConnection c) {
        return conn == c;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Lock held. The namespace is ready: the attempt succeeded. */
    SessionHealth opened() {
        attempt = 0;
        lastError = null;
        return setState(SessionState.OPEN);
    }

    /** No lock held. Tells the listener the session is open, after the state change. */
    void announceOpen(SessionHealth health) {
        notifyState(health);
        try {
            listener.onOpen();
        } catch (RuntimeException e) {
            LOG.warn("SessionListener.onOpen threw", e);
        }
    }
}
