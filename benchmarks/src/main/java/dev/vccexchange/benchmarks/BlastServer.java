package dev.vccexchange.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * The benchmark's load source: a bare-bones EIO3 socket.io server on loopback that, once a client has sent its
 * first {@code subscribe}, writes {@code count} event frames as fast as TCP takes them (or paced at a given rate).
 * Frames are built before the clock starts where possible, so the server is not what is measured.
 */
final class BlastServer implements AutoCloseable {

    private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final int count;
    private final LongFunction<byte[]> frame;
    private final long nanosBetweenFrames;
    private final CountDownLatch done = new CountDownLatch(1);

    /**
     * @param frame builds the text payload of frame {@code i}; called on the send path only when paced
     * @param ratePerSecond 0 = as fast as possible
     */
    BlastServer(int count, LongFunction<byte[]> frame, int ratePerSecond) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.count = count;
        this.frame = frame;
        this.nanosBetweenFrames = ratePerSecond == 0 ? 0 : 1_000_000_000L / ratePerSecond;
        Thread acceptor = new Thread(this::serveOne, "blast-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    void awaitSent() throws InterruptedException {
        done.await();
    }

    private void serveOne() {
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            handshake(in, out);
            // Long ping interval: no heartbeat traffic during the measurement.
            writeText(out, "0{\"sid\":\"bench\",\"upgrades\":[],\"pingInterval\":600000,\"pingTimeout\":600000}"
                    .getBytes(StandardCharsets.UTF_8));
            writeText(out, "40".getBytes(StandardCharsets.UTF_8));
            out.flush();
            awaitSubscribe(in);
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (nanosBetweenFrames > 0) {
                    // Sleep most of the gap and spin only its last 50 µs: a pacer spinning the whole gap took one
                    // of the machine's 2 cores from the client being measured.
                    long wait = next - System.nanoTime() - 50_000;
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += nanosBetweenFrames;
                    writeText(out, frame.apply(i));
                    out.flush();
                } else {
                    writeText(out, frame.apply(i));
                }
            }
            out.flush();
            done.countDown();
            // Keep the connection open until the client has read everything and closes.
            while (in.read() != -1) {
                // drain pings and the close frame
            }
        } catch (IOException e) {
            done.countDown();
        }
    }

    private static void handshake(InputStream in, OutputStream out) throws IOException {
        String request = readHttpHead(in);
        String key = null;
        for (String line : request.split("\r\n")) {
            if (line.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18)) {
                key = line.substring(18).trim();
            }
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + WS_GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String readHttpHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    /** Reads client frames until one carries a subscribe event. */
    private static void awaitSubscribe(InputStream in) throws IOException {
        while (true) {
            int b0 = in.read();
            int b1 = in.read();
            if (b0 < 0 || b1 < 0) {
                throw new IOException("client went away before subscribing");
            }
            long length = b1 & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (new String(payload, StandardCharsets.UTF_8).contains("\"subscribe\"")) {
                return;
            }
        }
    }

    private static void writeText(OutputStream out, byte[] payload) throws IOException {
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(127);
            for (int i = 7; i >= 0; i--) {
                out.write((int) ((long) payload.length >>> (8 * i)) & 0xff);
            }
        }
        out.write(payload);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
