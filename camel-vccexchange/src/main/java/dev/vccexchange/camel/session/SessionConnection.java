package dev.vccexchange.camel.session;

import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.SessionFailedException;
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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection attempt of an {@link EngineSession}: its WebSocket listener (frames arrive here, on the reader
 * thread), the Engine.IO/Socket.IO handshake, the heartbeat and the send queue. Every way it can end goes to the
 * session's failure funnel, {@link EngineSession#fail}. Fields are guarded by the session's lock unless marked
 * otherwise; callbacks of a connection that is no longer the session's current one are ignored.
 */
final class SessionConnection implements WebSocket.Listener {

    /** The session's logger: one logger name for everything a session does. */
    private static final Logger LOG = LoggerFactory.getLogger(EngineSession.class);
    private static final long NONE = Heartbeat.NONE;

    private final EngineSession session;
    /** The session's lock: the session and its current connection share one state. */
    private final Object lock;
    private final SessionOptions options;
    private final URI uri;
    private final SessionListener listener;

    /** The socket once open; null while the handshake runs. */
    WebSocket ws;
    /** True once this connection went through fail() or close(): it may not send nor report again. */
    volatile boolean failed;
    /** True after the Engine.IO open packet. */
    private boolean engineOpen;
    /** True after {@code 40}: the namespace is ready. */
    private boolean ready;
    /** Set by the Engine.IO open packet. */
    private Heartbeat heartbeat;
    // The three liveness stamps are written by the reader thread only and read by the watchdog under the lock:
    // volatile instead of locked, so a frame costs no lock round-trips (docs/benchmarks.md).
    /** nanoClock of the last inbound frame of any kind. */
    private volatile long lastReceived = NONE;
    /** nanoClock when the reader entered listener.onEvent, NONE when it is not inside it. */
    private volatile long deliveringSince = NONE;
    /** nanoClock when the reader last returned from listener.onEvent. */
    private volatile long deliveryEnded = NONE;
    /** EIO3: nanoClock of the oldest ping not yet answered by any packet, NONE when there is none. */
    private long pingSentAt = NONE;
    ScheduledFuture<?> connectTimeout;
    private ScheduledFuture<?> pingTask;
    private ScheduledFuture<?> watchdog;
    /** The socket's writes; null until the socket is attached. */
    private SendQueue sends;
    /** Reader thread only: the text message being joined from partial frames, or null. */
    private StringBuilder partial;

    SessionConnection(EngineSession session, Object lock, SessionOptions options, URI uri, SessionListener listener) {
        this.session = session;
        this.lock = lock;
        this.options = options;
        this.uri = uri;
        this.listener = listener;
    }

    /** Reader thread: two volatile reads; a stale answer only costs one harmless request(1) on a dead socket. */
    private boolean current() {
        return session.isCurrent(this) && !failed;
    }

    /** Lock held. */
    void cancelTimers() {
        EngineSession.cancel(connectTimeout);
        EngineSession.cancel(pingTask);
        EngineSession.cancel(watchdog);
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
            session.scheduler().execute(() -> session.fail(this, error, false));
        } catch (RejectedExecutionException e) {
            session.fail(this, error, false);
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
        if (session.schedule(socket::abort, EngineSession.CLOSE_GRACE) == null) {
            socket.abort();
        }
    }

    void attach(WebSocket socket) {
        boolean stale;
        synchronized (lock) {
            stale = !session.isCurrent(this) || failed;
            if (!stale && ws == null) {
                ws = socket;
                sends = new SendQueue(socket, EngineSession.MAX_QUEUED_SENDS, lock, this::executeFail);
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
        session.fail(this, new SessionFailedException("socket.io connect to " + uri + " timed out after "
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
            if (partial.length() + data.length() > EngineSession.MAX_MESSAGE_CHARS) {
                partial = null;
                session.fail(this, new SessionFailedException("Text message from " + uri + " exceeds "
                        + EngineSession.MAX_MESSAGE_CHARS + " chars"), false);
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
            session.notifyError(new MalformedPacketException("binary WebSocket frames are not supported",
                    "<binary frame, " + data.remaining() + " bytes>"));
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
        return controlFrame(socket); // the JDK answers WebSocket pings itself
    }

    @Override
    public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
        return controlFrame(socket);
    }

    /** A WebSocket ping or pong: proof the link is alive, nothing for socket.io. */
    private CompletionStage<?> controlFrame(WebSocket socket) {
        if (current()) {
            touch();
            socket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        session.fail(this, new SessionFailedException("Server closed the WebSocket to " + uri + " (code " + statusCode
                + (reason == null || reason.isEmpty() ? "" : ", " + reason) + ")"), true);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        session.fail(this, error, false);
    }

    // --- frames: reader thread ---

    private void touch() {
        lastReceived = session.now();
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
            session.notifyError(e);
            return;
        }
        switch (type) {
            case MESSAGE -> onMessage(frame);
            case OPEN -> onEngineOpen(frame);
            case CLOSE -> session.fail(this, new SessionFailedException("Server sent Engine.IO close (1)"), false);
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
            session.fail(this, e, false);
            return;
        }
        synchronized (lock) {
            if (failed || !session.isCurrent(this)) {
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
                watchdog = session.schedule(this::checkLiveness, Duration.ofNanos(heartbeat.limitNanos()));
            } else {
                // v4 protocol: the server sends 40 by itself; the client pings
                pingTask = session.schedule(this::ping, open.pingInterval());
            }
        }
    }

    private void onMessage(String frame) {
        SocketIoPacket packet;
        try {
            packet = SocketIoCodec.decodeFrame(frame);
        } catch (MalformedPacketException e) {
            session.notifyError(e);
            return;
        }
        if (!packet.isRootNamespace()) {
            LOG.debug("Ignoring a {} packet for namespace {}", packet.type(), packet.namespace());
            return;
        }
        switch (packet.type()) {
            case CONNECT -> onNamespaceReady();
            case DISCONNECT -> session.fail(this,
                    new SessionFailedException("Server disconnected the socket.io session (41)"), false);
            case CONNECT_ERROR -> session.fail(this,
                    new SessionFailedException("Server refused the socket.io connection: " + errorMessage(packet)),
                    false);
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
            if (failed || !session.isCurrent(this)) {
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
                EngineSession.cancel(connectTimeout);
                health = session.opened();
            }
        }
        if (health == null) {
            session.fail(this, new SessionFailedException("socket.io CONNECT before the Engine.IO open packet"), false);
            return;
        }
        LOG.info("socket.io session to {} open (EIO={})", uri, options.version().number());
        // The listener may run a route here (a reconcile when a channel is subscribed again): not silence either.
        beginDelivery();
        try {
            session.announceOpen(health);
        } finally {
            endDelivery();
        }
    }

    /** Delivers on the reader thread; the watchdog does not count this time as silence. */
    private void deliver(SocketIoPacket event) {
        beginDelivery();
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("SessionListener.onEvent threw", e);
        } finally {
            endDelivery();
        }
    }

    /** The reader enters the listener: from now until {@link #endDelivery} the watchdog only waits. */
    private void beginDelivery() {
        deliveringSince = session.now();
    }

    private void endDelivery() {
        // End first: a watchdog that sees "not delivering" must also see when the delivery ended.
        deliveryEnded = session.now();
        deliveringSince = NONE;
    }

    // --- heartbeat: scheduler thread ---

    /** EIO3: the client pings every pingInterval; the oldest unanswered ping arms the watchdog. */
    private void ping() {
        synchronized (lock) {
            if (failed || !session.isCurrent(this)) {
                return;
            }
            enqueue("2");
            if (Heartbeat.startsDeadline(pingSentAt, lastReceived, deliveryEnded)) {
                pingSentAt = session.now();
                EngineSession.cancel(watchdog);
                watchdog = session.schedule(this::checkLiveness, heartbeat.pingTimeout());
            }
            pingTask = session.schedule(this::ping, heartbeat.pingInterval());
        }
    }

    /** Applies {@link Heartbeat#check}: fail, stop watching, or look again later. */
    private void checkLiveness() {
        synchronized (lock) {
            if (failed || !session.isCurrent(this)) {
                return;
            }
            long next = heartbeat.check(session.now(), lastReceived, deliveringSince, deliveryEnded, pingSentAt);
            if (next == Heartbeat.ANSWERED) {
                return;
            }
            if (next != Heartbeat.DEAD) {
                watchdog = session.schedule(this::checkLiveness, Duration.ofNanos(next));
                return;
            }
        }
        session.fail(this, new SessionFailedException(heartbeat.deadMessage(uri)), false);
    }
}
