package dev.vccexchange.camel.session;

import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.SessionFailedException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.wire.EngineIoCodec;
import dev.vccexchange.camel.wire.EngineIoPacket;
import dev.vccexchange.camel.wire.EngineIoVersion;
import dev.vccexchange.camel.wire.OpenPacket;
import dev.vccexchange.camel.wire.SocketIoCodec;
import dev.vccexchange.camel.wire.SocketIoPacket;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
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
 * {@link #fail(Connection, Throwable, boolean)}, the only place that schedules a reconnect.
 *
 * <p>Threads: events are delivered on the WebSocket reader thread and the next frame is requested only when the
 * listener returns. Timers run on the caller's scheduler; this class starts no threads. All mutable state is
 * guarded by {@link #lock}; every connection attempt is a new {@link Connection}, and callbacks of a connection
 * that is no longer {@link #conn} are ignored.
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
    /** "No timestamp" for the nanosecond fields. */
    private static final long NONE = Heartbeat.NONE;

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
    private volatile Connection conn;
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
            Connection c = conn;
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
        Connection c;
        SessionHealth health;
        synchronized (lock) {
            if (closedByUser || state == SessionState.GAVE_UP) {
                return;
            }
            c = new Connection();
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
    private void fail(Connection c, Throwable cause, boolean answerClose) {
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

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return scheduler.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Scheduler refused a task (shutting down?)", e);
            return null;
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
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

    private void notifyError(VccExchangeException error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("SessionListener.onError threw", e);
        }
    }

    private long now() {
        return nanoClock.getAsLong();
    }

    /**
     * One connection attempt: its WebSocket listener, handshake progress, heartbeat and send queue. Fields are
     * guarded by the session's lock unless marked otherwise.
     */
    private final class Connection implements WebSocket.Listener {

        /** The socket once open; null while the handshake runs. */
        WebSocket ws;
        /** True once this connection went through fail() or close(): it may not send nor report again. */
        volatile boolean failed;
        /** True after the Engine.IO open packet. */
        boolean engineOpen;
        /** True after {@code 40}: the namespace is ready. */
        boolean ready;
        /** Set by the Engine.IO open packet. */
        Heartbeat heartbeat;
        // The three liveness stamps are written by the reader thread only and read by the watchdog under the lock:
        // volatile instead of locked, so a frame costs no lock round-trips (docs/benchmarks.md).
        /** nanoClock of the last inbound frame of any kind. */
        volatile long lastReceived = NONE;
        /** nanoClock when the reader entered listener.onEvent, NONE when it is not inside it. */
        volatile long deliveringSince = NONE;
        /** nanoClock when the reader last returned from listener.onEvent. */
        volatile long deliveryEnded = NONE;
        /** EIO3: nanoClock of the oldest ping not yet answered by any packet, NONE when there is none. */
        long pingSentAt = NONE;
        ScheduledFuture<?> connectTimeout;
        ScheduledFuture<?> pingTask;
        ScheduledFuture<?> watchdog;
        /** The socket's writes; null until the socket is attached. */
        SendQueue sends;
        /** Reader thread only: the text message being joined from partial frames, or null. */
        private StringBuilder partial;

        /** Reader thread: two volatile reads; a stale answer only costs one harmless request(1) on a dead socket. */
        private boolean current() {
            return conn == this && !failed;
        }

        /** Lock held. */
        void cancelTimers() {
            cancel(connectTimeout);
            cancel(pingTask);
            cancel(watchdog);
        }

        /** Lock held. Queues a frame behind the ones already being written. */
        boolean enqueue(String frame) {
            if (sends == null || failed) {
                return false;
            }
            if (!sends.offer(frame)) {
                LOG.warn("Send queue to {} is full ({} frames); refusing a frame", uri, sends.queued());
                return false;
            }
            return true;
        }

        /** Reports a write error from whatever thread completed the send, outside any lock. */
        private void executeFail(Throwable error) {
            try {
                scheduler.execute(() -> fail(this, error, false));
            } catch (RejectedExecutionException e) {
                fail(this, error, false);
            }
        }

        /** Lock held. User close: {@code 41} when ready, then a close frame; abort after the grace period. */
        void closeGracefully() {
            cancelTimers();
            WebSocket socket = ws;
            if (socket == null) {
                failed = true;
                return;
            }
            if (ready) {
                enqueue("41");
            }
            failed = true;
            sends.closeAfterPending();
            if (schedule(socket::abort, CLOSE_GRACE) == null) {
                socket.abort();
            }
        }

        void attach(WebSocket socket) {
            boolean stale;
            synchronized (lock) {
                stale = conn != this || failed;
                if (!stale && ws == null) {
                    ws = socket;
                    sends = new SendQueue(socket, MAX_QUEUED_SENDS, lock, this::executeFail);
                }
            }
            if (stale) {
                socket.abort();
            }
        }

        void connectTimedOut() {
            synchronized (lock) {
                if (ready) {
                    return;
                }
            }
            fail(this, new SessionFailedException("socket.io connect to " + uri + " timed out after "
                    + options.connectTimeout().toMillis() + " ms"), false);
        }

        // --- WebSocket.Listener: reader thread ---

        @Override
        public void onOpen(WebSocket socket) {
            attach(socket);
            if (current()) {
                socket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            if (!current()) {
                return null;
            }
            if (!last || partial != null) {
                if (partial == null) {
                    partial = new StringBuilder(Math.max(256, data.length() * 2));
                }
                if (partial.length() + data.length() > MAX_MESSAGE_CHARS) {
                    partial = null;
                    fail(this, new SessionFailedException("Text message from " + uri + " exceeds "
                            + MAX_MESSAGE_CHARS + " chars"), false);
                    return null;
                }
                partial.append(data);
                if (!last) {
                    socket.request(1);
                    return null;
                }
            }
            String frame = partial != null ? partial.toString() : data.toString();
            partial = null;
            onFrame(frame);
            if (current()) {
                socket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            if (!current()) {
                return null;
            }
            touch();
            if (last) {
                notifyError(new MalformedPacketException("binary WebSocket frames are not supported",
                        "<binary frame, " + data.remaining() + " bytes>"));
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
            // the JDK answers WebSocket pings itself
            if (current()) {
                touch();
                socket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
            if (current()) {
                touch();
                socket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            fail(this, new SessionFailedException("Server closed the WebSocket to " + uri + " (code " + statusCode
                    + (reason == null || reason.isEmpty() ? "" : ", " + reason) + ")"), true);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            fail(this, error, false);
        }

        // --- frames: reader thread ---

        private void touch() {
            lastReceived = now();
        }

        private void onFrame(String frame) {
            touch();
            if (LOG.isTraceEnabled()) {
                LOG.trace("< {}", frame);
            }
            EngineIoPacket.Type type;
            try {
                type = EngineIoCodec.typeOf(frame);
            } catch (MalformedPacketException e) {
                notifyError(e);
                return;
            }
            switch (type) {
                case MESSAGE -> onMessage(frame);
                case OPEN -> onEngineOpen(frame);
                case CLOSE -> fail(this, new SessionFailedException("Server sent Engine.IO close (1)"), false);
                case PING -> {
                    synchronized (lock) {
                        if (!failed) {
                            enqueue("3" + frame.substring(1));
                        }
                    }
                }
                default -> {
                    // PONG: liveness is already noted; UPGRADE, NOOP: nothing to do over WebSocket
                }
            }
        }

        private void onEngineOpen(String frame) {
            OpenPacket open;
            try {
                open = EngineIoCodec.decodeOpen(frame);
            } catch (MalformedPacketException e) {
                fail(this, e, false);
                return;
            }
            synchronized (lock) {
                if (failed || conn != this) {
                    return;
                }
                if (engineOpen) {
                    LOG.debug("Ignoring a second Engine.IO open packet");
                    return;
                }
                engineOpen = true;
                heartbeat = new Heartbeat(options.version(), open.pingInterval(), open.pingTimeout());
                if (options.version() == EngineIoVersion.V4) {
                    // v5 protocol: the client must connect the namespace itself
                    enqueue("40");
                    watchdog = schedule(this::checkLiveness, Duration.ofNanos(heartbeat.limitNanos()));
                } else {
                    // v4 protocol: the server sends 40 by itself; the client pings
                    pingTask = schedule(this::ping, open.pingInterval());
                }
            }
        }

        private void onMessage(String frame) {
            SocketIoPacket packet;
            try {
                packet = SocketIoCodec.decodeFrame(frame);
            } catch (MalformedPacketException e) {
                notifyError(e);
                return;
            }
            if (!packet.isRootNamespace()) {
                LOG.debug("Ignoring a {} packet for namespace {}", packet.type(), packet.namespace());
                return;
            }
            switch (packet.type()) {
                case CONNECT -> onNamespaceReady();
                case DISCONNECT -> fail(this, new SessionFailedException("Server disconnected the socket.io session"
                        + " (41)"), false);
                case CONNECT_ERROR -> fail(this, new SessionFailedException("Server refused the socket.io connection: "
                        + errorMessage(packet)), false);
                case EVENT -> deliver(packet);
                default -> LOG.debug("Ignoring a {} packet", packet.type());
            }
        }

        private String errorMessage(SocketIoPacket packet) {
            var payload = packet.payload();
            if (payload.isTextual()) {
                return payload.asText();
            }
            return payload.has("message") ? payload.get("message").asText() : payload.toString();
        }

        private void onNamespaceReady() {
            SessionHealth health;
            synchronized (lock) {
                if (failed || conn != this) {
                    return;
                }
                if (ready) {
                    LOG.debug("Ignoring a second CONNECT for /");
                    return;
                }
                if (!engineOpen) {
                    health = null;
                } else {
                    ready = true;
                    cancel(connectTimeout);
                    attempt = 0;
                    lastError = null;
                    health = setState(SessionState.OPEN);
                }
            }
            if (health == null) {
                fail(this, new SessionFailedException("socket.io CONNECT before the Engine.IO open packet"), false);
                return;
            }
            LOG.info("socket.io session to {} open (EIO={})", uri, options.version().number());
            notifyState(health);
            try {
                listener.onOpen();
            } catch (RuntimeException e) {
                LOG.warn("SessionListener.onOpen threw", e);
            }
        }

        /** Delivers on the reader thread; the watchdog does not count this time as silence. */
        private void deliver(SocketIoPacket event) {
            deliveringSince = now();
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("SessionListener.onEvent threw", e);
            } finally {
                // End first: a watchdog that sees "not delivering" must also see when the delivery ended.
                deliveryEnded = now();
                deliveringSince = NONE;
            }
        }

        // --- heartbeat: scheduler thread ---

        /** EIO3: the client pings every pingInterval; the oldest unanswered ping arms the watchdog. */
        private void ping() {
            synchronized (lock) {
                if (failed || conn != this) {
                    return;
                }
                enqueue("2");
                if (Heartbeat.startsDeadline(pingSentAt, lastReceived, deliveryEnded)) {
                    pingSentAt = now();
                    cancel(watchdog);
                    watchdog = schedule(this::checkLiveness, heartbeat.pingTimeout());
                }
                pingTask = schedule(this::ping, heartbeat.pingInterval());
            }
        }

        /** Applies {@link Heartbeat#check}: fail, stop watching, or look again later. */
        private void checkLiveness() {
            synchronized (lock) {
                if (failed || conn != this) {
                    return;
                }
                long next = heartbeat.check(now(), lastReceived, deliveringSince, deliveryEnded, pingSentAt);
                if (next == Heartbeat.ANSWERED) {
                    return;
                }
                if (next != Heartbeat.DEAD) {
                    watchdog = schedule(this::checkLiveness, Duration.ofNanos(next));
                    return;
                }
            }
            fail(this, new SessionFailedException(heartbeat.deadMessage(uri)), false);
        }
    }
}
