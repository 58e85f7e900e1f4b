package dev.vccexchange.camel.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on 127.0.0.1:0 in front of {@code 127.0.0.1:<targetPort>}, for faults a server cannot be asked to
 * make: {@link #drop()} resets every connection (RST on both sides), {@link #freeze(boolean)} stops forwarding
 * bytes in both directions without closing anything (a server that "stops answering pings"). New connections
 * are accepted and forwarded as usual after a drop.
 */
public final class FaultyTcpProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultyTcpProxy.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final int targetPort;
    private final ServerSocket server;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Object freezeLock = new Object();
    private final Thread acceptor;
    private volatile boolean frozen;
    private volatile boolean closed;

    private FaultyTcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.acceptor = new Thread(this::acceptLoop, "faulty-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy that forwards to {@code 127.0.0.1:targetPort}. */
    public static FaultyTcpProxy start(int targetPort) {
        try {
            return new FaultyTcpProxy(targetPort);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy: " + e, e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The same URI with its port replaced by the proxy's (the host must be 127.0.0.1). */
    public URI wrap(URI uri) {
        return URI.create(uri.toString().replaceFirst("^(\\w+://127\\.0\\.0\\.1):\\d+", "$1:" + port()));
    }

    /** Live proxied connections. */
    public int connectionCount() {
        return connections.size();
    }

    /** RST both sides of every current connection. */
    public void drop() {
        for (Connection c : connections) {
            c.reset();
        }
    }

    /** While frozen no byte is forwarded in either direction; nothing is closed. */
    public void freeze(boolean freeze) {
        synchronized (freezeLock) {
            this.frozen = freeze;
            freezeLock.notifyAll();
        }
    }

    private void awaitThaw(Connection c) throws InterruptedException {
        synchronized (freezeLock) {
            while (frozen && !c.closed && !closed) {
                freezeLock.wait();
            }
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("proxy accept failed: {}", e.toString());
                }
                return;
            }
            Socket upstream = new Socket();
            try {
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
            } catch (IOException e) {
                LOG.info("proxy cannot reach 127.0.0.1:{}: {}; resetting the client", targetPort, e.toString());
                rst(client);
                closeQuietly(upstream);
                continue;
            }
            Connection c = new Connection(IDS.incrementAndGet(), client, upstream);
            connections.add(c);
            c.start();
        }
    }

    private final class Connection {
        private final int id;
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger pumpsLeft = new AtomicInteger(2);
        private volatile boolean closed;

        Connection(int id, Socket client, Socket upstream) {
            this.id = id;
            this.client = client;
            this.upstream = upstream;
        }

        void start() {
            thread(client, upstream, "c2s").start();
            thread(upstream, client, "s2c").start();
        }

        private Thread thread(Socket from, Socket to, String dir) {
            Thread t = new Thread(() -> pump(from, to), "faulty-proxy-" + id + "-" + dir);
            t.setDaemon(true);
            return t;
        }

        private void pump(Socket from, Socket to) {
            byte[] buf = new byte[16384];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                while (true) {
                    awaitThaw(this);
                    int n = in.read(buf);
                    if (n < 0) {
                        if (!closed) {
                            to.shutdownOutput(); // pass the FIN on
                        }
                        break;
                    }
                    awaitThaw(this);
                    if (closed) {
                        break;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (SocketException e) {
                // reset or closed: tear the whole connection down
                close();
            } catch (IOException e) {
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            } finally {
                if (pumpsLeft.decrementAndGet() == 0) {
                    close();
                }
            }
        }

        void reset() {
            if (closed) {
                return;
            }
            closed = true;
            rst(client);
            rst(upstream);
            connections.remove(this);
            wake();
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(client);
            closeQuietly(upstream);
            connections.remove(this);
            wake();
        }

        private void wake() {
            synchronized (freezeLock) {
                freezeLock.notifyAll();
            }
        }
    }

    private static void rst(Socket s) {
        try {
            s.setSoLinger(true, 0); // close() now sends RST instead of FIN
        } catch (IOException ignored) {
            // already closed
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        drop();
        freeze(false);
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
