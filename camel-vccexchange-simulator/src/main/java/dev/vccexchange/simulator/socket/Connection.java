package dev.vccexchange.simulator.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket connection: one Engine.IO socket with the {@code /} namespace.
 *
 * <p>Threads: the reader thread (the one that ran the HTTP handshake) parses incoming frames and handles packets;
 * a writer thread drains the outbound queue in batches (one flush per batch) so that every write to the TCP socket
 * is serialised and a slow client blocks only its own writer. Published events are bounded by a semaphore of
 * {@link SocketServerOptions#outboundQueueFrames()} permits; control frames are not bounded (there are few).
 */
final class Connection {

    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    /** Node's ws / engine.io 3.6 maxPayload: bigger messages are refused with close 1009. */
    static final int MAX_MESSAGE_BYTES = 1_000_000;
    /** How long a server-initiated close waits for the client's close frame before closing TCP (ws: 30 s). */
    static final long CLOSE_TIMEOUT_MS = 30_000;

    private static final byte[] PING = Frames.text("2");
    private static final byte[] PONG = Frames.text("3");
    private static final byte[] CONNECT = Frames.text("40");
    private static final byte[] DISCONNECT = Frames.text("41");

    private static final int OPEN = 0;
    private static final int CLOSING = 1;
    private static final int CLOSED = 2;

    /** An outbound item. */
    private record Out(byte[] bytes, boolean data, boolean close, boolean closeSocketAfter) {
    }

    /** Wakes the writer up once the socket is closed, so that it ends. */
    private static final Out STOP = new Out(new byte[0], false, false, false);

    private final EchoSocketServer server;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    final int eio;
    final String sid;
    private final long pingIntervalMs;
    private final long pingTimeoutMs;
    private final long offerTimeoutNanos;
    private final int queueBound;

    private final LinkedBlockingQueue<Out> queue = new LinkedBlockingQueue<>();
    private final Semaphore permits;
    private final AtomicInteger state = new AtomicInteger(OPEN);
    final Set<String> rooms = ConcurrentHashMap.newKeySet();

    private volatile boolean nspConnected;
    private volatile long lastPacketNanos = System.nanoTime();
    private volatile boolean closeSent;
    private volatile boolean clientCloseReceived;
    private volatile Thread writerThread;

    private final Object heartbeatLock = new Object();
    private ScheduledFuture<?> heartbeatTask;
    private ScheduledFuture<?> pongDeadline;
    private ScheduledFuture<?> connectTask;
    private ScheduledFuture<?> hardCloseTask;
    private boolean awaitingPong;

    Connection(EchoSocketServer server, Socket socket, InputStream in, int eio, String sid) throws IOException {
        this.server = server;
        this.socket = socket;
        this.in = new DataInputStream(in);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        this.eio = eio;
        this.sid = sid;
        SocketServerOptions o = server.options();
        this.pingIntervalMs = o.pingInterval().toMillis();
        this.pingTimeoutMs = o.pingTimeout().toMillis();
        this.offerTimeoutNanos = o.outboundOfferTimeout().toNanos();
        this.queueBound = o.outboundQueueFrames();
        this.permits = new Semaphore(queueBound);
    }

    boolean isOpen() {
        return state.get() == OPEN;
    }

    boolean isFullyClosed() {
        return state.get() == CLOSED;
    }

    // ---------------------------------------------------------------- lifecycle

    /** Starts the writer, sends the open packet(s) and arms the timers. */
    void open() {
        Thread w = new Thread(this::writeLoop, "vcc-sim-socket-" + sid + "-w");
        w.setDaemon(true);
        writerThread = w;
        w.start();
        String open = "0{\"sid\":\"" + sid + "\",\"upgrades\":[],\"pingInterval\":" + pingIntervalMs
                + ",\"pingTimeout\":" + pingTimeoutMs + (eio == 4 ? ",\"maxPayload\":1000000}" : "}");
        control(Frames.text(open));
        if (eio == 3) {
            nspConnected = true;
            control(CONNECT);
            scheduleIdleCheck(TimeUnit.MILLISECONDS.toNanos(pingIntervalMs + pingTimeoutMs));
        } else {
            synchronized (heartbeatLock) {
                heartbeatTask = server.schedule(this::sendPing, pingIntervalMs, TimeUnit.MILLISECONDS);
                connectTask = server.schedule(() -> {
                    if (!nspConnected) {
                        close("no CONNECT within connectTimeout", false);
                    }
                }, server.options().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Clean close: optional {@code 41}, then a close frame without status (after what is already queued), then
     * the TCP close once the client answers (or after {@link #CLOSE_TIMEOUT_MS}).
     */
    void close(String reason, boolean disconnectFirst) {
        if (!state.compareAndSet(OPEN, CLOSING)) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "closing {0}: {1}", sid, reason);
        detach();
        if (disconnectFirst) {
            queue.add(new Out(DISCONNECT, false, false, false));
        }
        queue.add(new Out(Frames.CLOSE_NO_STATUS, false, true, false));
    }

    /** Protocol error or answer to the client's close: close frame with that payload, then TCP close. */
    private void closeWith(byte[] closeFrame, String reason) {
        if (!state.compareAndSet(OPEN, CLOSING)) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "closing {0}: {1}", sid, reason);
        detach();
        queue.add(new Out(closeFrame, false, true, true));
    }

    /** TCP reset: no close frame. */
    void abort(String reason) {
        int previous = state.getAndSet(CLOSED);
        if (previous == CLOSED) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "dropping {0}: {1}", sid, reason);
        if (previous == OPEN) {
            detach();
        }
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed
        }
        closeSocket();
    }

    /** Graceful TCP close after the close handshake. */
    private void finish() {
        int previous = state.getAndSet(CLOSED);
        if (previous == CLOSED) {
            return;
        }
        if (previous == OPEN) {
            detach();
        }
        closeSocket();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        queue.add(STOP);
        Thread w = writerThread;
        if (w != null && w != Thread.currentThread()) {
            w.interrupt();
        }
        synchronized (heartbeatLock) {
            cancel(hardCloseTask);
        }
        server.forgetSocket(this);
    }

    /** Leaves every room, stops the timers, wakes publishers blocked on this connection. */
    private void detach() {
        server.leaveAll(this);
        server.forget(this);
        synchronized (heartbeatLock) {
            cancel(heartbeatTask);
            cancel(pongDeadline);
            cancel(connectTask);
        }
        permits.release(queueBound);
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    // ---------------------------------------------------------------- outbound

    /** A published event frame: bounded; drops the connection when the queue stays full past the offer timeout. */
    void enqueueEvent(byte[] frame) {
        if (state.get() != OPEN) {
            return;
        }
        boolean ok = permits.tryAcquire();
        if (!ok) {
            try {
                ok = permits.tryAcquire(offerTimeoutNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!ok) {
            LOG.log(System.Logger.Level.WARNING,
                    "socket {0}: outbound queue full ({1} frames) for {2} ms, dropping the connection", sid,
                    queueBound, TimeUnit.NANOSECONDS.toMillis(offerTimeoutNanos));
            abort("outbound queue overflow");
            return;
        }
        if (state.get() == OPEN) {
            queue.add(new Out(frame, true, false, false));
        }
    }

    /** A control or fault frame: not bounded, in order with the events. */
    void control(byte[] frame) {
        if (state.get() == OPEN) {
            queue.add(new Out(frame, false, false, false));
        }
    }

    private void writeLoop() {
        List<Out> batch = new ArrayList<>(256);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, 4095);
                int events = 0;
                boolean stop = false;
                for (Out o : batch) {
                    if (o == STOP || state.get() == CLOSED) {
                        return;
                    }
                    if (o.data()) {
                        events++;
                    }
                    out.write(o.bytes());
                    if (o.close()) {
                        out.flush();
                        closeSent = true;
                        if (o.closeSocketAfter() || clientCloseReceived) {
                            finish();
                        } else {
                            synchronized (heartbeatLock) {
                                hardCloseTask = server.schedule(this::finish, CLOSE_TIMEOUT_MS,
                                        TimeUnit.MILLISECONDS);
                            }
                        }
                        stop = true;
                        break;
                    }
                }
                if (stop) {
                    return;
                }
                out.flush();
                permits.release(events);
                batch.clear();
            }
        } catch (InterruptedException e) {
            // closed
        } catch (IOException e) {
            if (state.get() != CLOSED) {
                abort("write failed: " + e);
            }
        }
    }

    // ---------------------------------------------------------------- inbound

    /** Reads frames until the connection ends. Runs on the connection's own thread. */
    void readLoop() {
        FrameReader reader = new FrameReader(in, MAX_MESSAGE_BYTES);
        try {
            while (true) {
                FrameReader.Frame frame = reader.next();
                switch (frame.opcode()) {
                    case Frames.OP_TEXT, Frames.OP_BINARY -> {
                        if (!onMessage(frame.opcode(), frame.payload())) {
                            return;
                        }
                    }
                    case Frames.OP_CLOSE -> {
                        onCloseFrame(frame.payload());
                        return;
                    }
                    case Frames.OP_PING -> control(Frames.frame(Frames.OP_PONG, frame.payload()));
                    default -> {
                        // a WebSocket-level pong: it does not count as Engine.IO liveness
                    }
                }
            }
        } catch (FrameReader.ProtocolViolation e) {
            protocolError(e.code(), e.getMessage());
        } catch (IOException e) {
            if (state.get() != CLOSED) {
                // EOF or reset without a close frame (1006 on the client's side)
                abort("read ended: " + e);
            }
        }
    }

    private void onCloseFrame(byte[] payload) {
        clientCloseReceived = true;
        if (closeSent || state.get() == CLOSED) {
            finish();
            return;
        }
        if (state.get() == CLOSING) {
            return; // our close frame is queued: the writer finishes after writing it
        }
        // ws answers with the same code (none when the client sent none)
        byte[] reply = payload.length >= 2 ? Frames.close(((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF))
                : Frames.CLOSE_NO_STATUS;
        closeWith(reply, "client closed");
    }

    private void protocolError(int code, String reason) {
        LOG.log(System.Logger.Level.DEBUG, "socket {0}: protocol error {1}: {2}", sid, code, reason);
        if (state.get() == OPEN) {
            closeWith(Frames.close(code), reason);
        } else {
            abort(reason);
        }
    }

    /** @return false when the read loop must stop */
    private boolean onMessage(int opcode, byte[] payload) {
        if (state.get() != OPEN) {
            return true; // closing: discard data until the close frame
        }
        lastPacketNanos = System.nanoTime();
        if (opcode == Frames.OP_BINARY) {
            return true; // binary attachments are not supported by laravel-echo-server's handlers: ignored
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            protocolError(1007, "invalid UTF-8");
            return false;
        }
        onPacket(text);
        return true;
    }

    // ---------------------------------------------------------------- Engine.IO

    private void onPacket(String p) {
        if (p.isEmpty()) {
            close("parse error", false);
            return;
        }
        switch (p.charAt(0)) {
            case '2' -> {
                if (eio == 3) {
                    if (!server.faults().pingsStopped()) {
                        control(PONG); // engine.io 3.6.2 answers "2probe" with a bare "3" too
                    }
                } else {
                    close("invalid heartbeat direction", false);
                }
            }
            case '3' -> {
                if (eio == 4) {
                    onPong();
                }
            }
            case '4' -> onSocketIoPacket(p.substring(1));
            case '0', '1', '5', '6' -> {
                // open/close/upgrade/noop over a websocket-only connection: ignored, as engine.io does
            }
            default -> close("parse error", false);
        }
    }

    private void scheduleIdleCheck(long delayNanos) {
        synchronized (heartbeatLock) {
            if (state.get() == OPEN) {
                heartbeatTask = server.schedule(this::idleCheck, delayNanos, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** EIO3: no packet within pingInterval + pingTimeout closes the socket (bare close frame). */
    private void idleCheck() {
        long limit = TimeUnit.MILLISECONDS.toNanos(pingIntervalMs + pingTimeoutMs);
        long idle = System.nanoTime() - lastPacketNanos;
        if (idle >= limit) {
            close("ping timeout", false);
        } else {
            scheduleIdleCheck(limit - idle);
        }
    }

    /** EIO4: the server pings every pingInterval (counted from the last pong) and wants a pong in pingTimeout. */
    private void sendPing() {
        synchronized (heartbeatLock) {
            if (state.get() != OPEN) {
                return;
            }
            if (server.faults().pingsStopped()) {
                heartbeatTask = server.schedule(this::sendPing, pingIntervalMs, TimeUnit.MILLISECONDS);
                return;
            }
            awaitingPong = true;
            control(PING);
            pongDeadline = server.schedule(() -> {
                boolean missed;
                synchronized (heartbeatLock) {
                    missed = awaitingPong && !server.faults().pingsStopped();
                }
                if (missed) {
                    close("ping timeout", false);
                } else if (server.faults().pingsStopped()) {
                    synchronized (heartbeatLock) {
                        awaitingPong = false;
                        if (state.get() == OPEN) {
                            heartbeatTask = server.schedule(this::sendPing, pingIntervalMs,
                                    TimeUnit.MILLISECONDS);
                        }
                    }
                }
            }, pingTimeoutMs, TimeUnit.MILLISECONDS);
        }
    }

    private void onPong() {
        if (server.faults().pingsStopped()) {
            return;
        }
        synchronized (heartbeatLock) {
            if (state.get() != OPEN) {
                return;
            }
            awaitingPong = false;
            cancel(pongDeadline);
            cancel(heartbeatTask);
            heartbeatTask = server.schedule(this::sendPing, pingIntervalMs, TimeUnit.MILLISECONDS);
        }
    }

    // ---------------------------------------------------------------- Socket.IO

    private void onSocketIoPacket(String s) {
        if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '6') {
            invalidSocketIoPacket("bad packet type");
            return;
        }
        int type = s.charAt(0) - '0';
        int i = 1;
        if (type == 5 || type == 6) {
            int dash = s.indexOf('-', i);
            if (dash < 0) {
                invalidSocketIoPacket("bad attachments");
                return;
            }
            i = dash + 1;
        }
        String nsp = "/";
        if (i < s.length() && s.charAt(i) == '/') {
            int comma = s.indexOf(',', i);
            nsp = comma < 0 ? s.substring(i) : s.substring(i, comma);
            i = comma < 0 ? s.length() : comma + 1;
            int q = nsp.indexOf('?');
            if (q >= 0) {
                nsp = nsp.substring(0, q);
            }
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++; // ack id: laravel-echo-server never acknowledges
        }
        String json = s.substring(i);
        JsonNode data = null;
        if (!json.isEmpty()) {
            try {
                data = EchoSocketServer.MAPPER.readTree(json);
            } catch (IOException e) {
                invalidSocketIoPacket("invalid payload");
                return;
            }
        }
        if (eio == 3) {
            onPacketV4(type, nsp, data);
        } else {
            onPacketV5(type, nsp, data);
        }
    }

    private void invalidSocketIoPacket(String why) {
        if (eio == 4) {
            close("invalid packet format: " + why, false); // socket.io 4 closes the connection
        }
        // socket.io 2 only logs a decoding error
    }

    /** socket.io 2 / laravel-echo-server. */
    private void onPacketV4(int type, String nsp, JsonNode data) {
        boolean root = "/".equals(nsp);
        switch (type) {
            case 0 -> {
                if (root) {
                    nspConnected = true; // no reply: socket.io 2 rebuilds "/" silently
                } else {
                    control(Frames.text("44" + nsp + ",\"Invalid namespace\""));
                }
            }
            case 1 -> {
                if (root && nspConnected) {
                    nspConnected = false;
                    server.leaveAll(this); // the WebSocket stays open
                }
            }
            case 2 -> {
                if (root && nspConnected && data instanceof ArrayNode args && !args.isEmpty()) {
                    EchoEvents.onEvent(server, this, args);
                }
            }
            default -> {
                // acks, errors, binary: ignored
            }
        }
    }

    /** socket.io 4 rules (EIO4): the client must CONNECT first; the answer carries a socket sid. */
    private void onPacketV5(int type, String nsp, JsonNode data) {
        boolean root = "/".equals(nsp);
        if (type == 0) {
            if (data != null && !data.isObject()) {
                close("invalid CONNECT payload", false);
            } else if (!root) {
                control(Frames.text("44" + nsp + ",{\"message\":\"Invalid namespace\"}"));
            } else if (nspConnected) {
                close("invalid state (CONNECT while connected)", false);
            } else {
                nspConnected = true;
                synchronized (heartbeatLock) {
                    cancel(connectTask);
                }
                control(Frames.text("40{\"sid\":\"" + server.nextSid() + "\"}"));
            }
            return;
        }
        if (!root || !nspConnected) {
            close("invalid state (packet type " + type + " before CONNECT)", false);
            return;
        }
        switch (type) {
            case 1 -> {
                nspConnected = false;
                server.leaveAll(this);
            }
            case 2 -> {
                if (data instanceof ArrayNode args && !args.isEmpty()) {
                    EchoEvents.onEvent(server, this, args);
                } else {
                    close("invalid EVENT payload", false);
                }
            }
            default -> {
                // acks, binary: ignored
            }
        }
    }

    @Override
    public String toString() {
        return "Connection[" + sid + ", EIO=" + eio + "]";
    }
}
