package dev.vccexchange.simulator.socket;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A laravel-echo-server 1.6.3 look-alike (socket.io 2.5.1 / engine.io 3.6.2 for {@code EIO=3}; socket.io 4
 * rules for {@code EIO=4}) over a hand-written RFC 6455 server, WebSocket transport only, bound to 127.0.0.1.
 *
 * <p>Threads: one acceptor; per connection one reader (handshake, frames, packets, authorizer calls) and one
 * writer (batched, one flush per batch); one shared scheduler for heartbeats and close timeouts.
 *
 * <p>Back-pressure: each connection holds at most {@link SocketServerOptions#outboundQueueFrames()} published
 * frames not yet written (65,536 by default, about 16 MB at 250 bytes). When that is full, {@link #publish} waits
 * up to {@link SocketServerOptions#outboundOfferTimeout()} (10 s by default) for room, then drops that connection
 * with a TCP reset and a warning; other connections then go on. A publisher is thus slowed down to the pace of its
 * slowest reading client but never blocked indefinitely.
 */
public final class EchoSocketServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EchoSocketServer.class.getName());
    /** Lower-case {@code \\u00xx} escapes, as JSON.stringify writes them. */
    static final ObjectMapper MAPPER = JsonMapper.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;
    private static final long SHUTDOWN_GRACE_MS = 1_000;

    private final SocketServerOptions options;
    private final ChannelAuthorizer authorizer;
    private final SocketFaults faults = new SocketFaults(this);
    private final SidGenerator sids = new SidGenerator();
    /** Open connections (not closing). */
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    /** Connections whose TCP socket is not closed yet (open or closing). */
    private final Set<Connection> allConnections = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Connection>> rooms = new ConcurrentHashMap<>();
    private final AtomicInteger threadIds = new AtomicInteger();
    private final ScheduledExecutorService scheduler;
    private volatile ServerSocket serverSocket;
    private volatile boolean closed;

    public EchoSocketServer(SocketServerOptions options, ChannelAuthorizer authorizer) {
        this.options = Objects.requireNonNull(options, "options");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "vcc-sim-socket-timer");
            t.setDaemon(true);
            return t;
        });
        s.setRemoveOnCancelPolicy(true);
        this.scheduler = Executors.unconfigurableScheduledExecutorService(s);
    }

    /** Binds 127.0.0.1 (port 0 = a free port) and starts accepting. */
    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        if (closed) {
            throw new IllegalStateException("closed");
        }
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        serverSocket = ss;
        Thread acceptor = new Thread(() -> acceptLoop(ss), "vcc-sim-socket-acceptor-" + ss.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(System.Logger.Level.DEBUG, "socket server listening on {0}", url());
    }

    public int port() {
        ServerSocket ss = serverSocket;
        if (ss == null) {
            throw new IllegalStateException("not started");
        }
        return ss.getLocalPort();
    }

    /** {@code ws://127.0.0.1:<port>}; clients append {@code /socket.io/?EIO=3&transport=websocket}. */
    public String url() {
        return "ws://127.0.0.1:" + port();
    }

    /**
     * Sends {@code 42[event,channel,payload]} to every socket in that room, in publish order per connection.
     * Returns once the frame is queued for every member (see the class comment for the bound).
     */
    public void publish(String channel, String event, JsonNode payload) {
        Set<Connection> members = rooms.get(channel);
        if (members == null || members.isEmpty()) {
            return;
        }
        byte[] frame = Frames.frame(Frames.OP_TEXT, encodeEvent(event, channel, payload));
        for (Connection c : members) {
            c.enqueueEvent(frame);
        }
    }

    public SocketFaults faults() {
        return faults;
    }

    /** Open connections (a connection stops counting as soon as its close starts). */
    public int connectionCount() {
        return connections.size();
    }

    /** Rooms that have at least one member. */
    public Set<String> subscriptions() {
        return Set.copyOf(rooms.keySet());
    }

    /** Clean shutdown: a close frame (no status, no {@code 41}) to every client, then every socket is closed. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ServerSocket ss = serverSocket;
        if (ss != null) {
            try {
                ss.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        List<Connection> all = liveConnections();
        all.forEach(c -> c.close("server closed", false));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_GRACE_MS);
        for (Connection c : all) {
            while (!c.isFullyClosed() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        all.forEach(c -> c.abort("server closed"));
        scheduler.shutdownNow();
    }

    // ---------------------------------------------------------------- package-private, for Connection

    SocketServerOptions options() {
        return options;
    }

    ChannelAuthorizer authorizer() {
        return authorizer;
    }

    /** Schedules on the shared timer; {@code null} once the server is shut down. */
    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        try {
            return scheduler.schedule(task, delay, unit);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    String nextSid() {
        return sids.next();
    }

    List<Connection> openConnections() {
        return List.copyOf(connections);
    }

    List<Connection> liveConnections() {
        return List.copyOf(allConnections);
    }

    void forget(Connection c) {
        connections.remove(c);
    }

    void forgetSocket(Connection c) {
        connections.remove(c);
        allConnections.remove(c);
    }

    void join(Connection c, String channel) {
        rooms.compute(channel, (k, set) -> {
            Set<Connection> s = set != null ? set : ConcurrentHashMap.newKeySet();
            s.add(c);
            return s;
        });
        c.rooms.add(channel);
        if (!c.isOpen()) {
            leave(c, channel);
        }
    }

    void leave(Connection c, String channel) {
        c.rooms.remove(channel);
        rooms.computeIfPresent(channel, (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    void leaveAll(Connection c) {
        for (String channel : List.copyOf(c.rooms)) {
            leave(c, channel);
        }
    }

    /** {@code socket.broadcast.to(channel).emit(event, channel, data)}: everybody in the room but the sender. */
    void broadcastExcept(String channel, String event, JsonNode data, Connection sender) {
        Set<Connection> members = rooms.get(channel);
        if (members == null) {
            return;
        }
        byte[] frame = Frames.frame(Frames.OP_TEXT, encodeEvent(event, channel, data));
        for (Connection c : members) {
            if (c != sender) {
                c.enqueueEvent(frame);
            }
        }
    }

    static byte[] encodeEvent(String event, String channel, JsonNode payload) {
        ByteArrayBuilder bb = new ByteArrayBuilder(512);
        bb.append('4');
        bb.append('2');
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(bb)) {
            g.writeStartArray();
            g.writeString(event);
            g.writeString(channel);
            if (payload == null) {
                g.writeNull();
            } else {
                g.writeTree(payload);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bb.toByteArray();
    }

    // ---------------------------------------------------------------- accepting

    private void acceptLoop(ServerSocket ss) {
        while (!ss.isClosed()) {
            Socket s;
            try {
                s = ss.accept();
            } catch (IOException e) {
                if (!ss.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed", e);
                }
                continue;
            }
            Thread t = new Thread(() -> serve(s), "vcc-sim-socket-" + threadIds.incrementAndGet());
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(Socket s) {
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            BufferedInputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
            Handshake.Request req = Handshake.read(in);
            if (req == null) {
                s.close();
                return;
            }
            int eio = Handshake.answer(req, s.getOutputStream());
            if (eio < 0 || closed) {
                s.close();
                return;
            }
            s.setSoTimeout(0);
            Connection c = new Connection(this, s, in, eio, sids.next());
            connections.add(c);
            allConnections.add(c);
            c.open();
            c.readLoop();
        } catch (SocketException e) {
            closeQuietly(s);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection failed", e);
            closeQuietly(s);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing
        }
    }
}
