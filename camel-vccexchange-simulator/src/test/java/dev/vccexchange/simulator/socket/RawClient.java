package dev.vccexchange.simulator.socket;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** A byte-level WebSocket client, for what the JDK client cannot do (fragments, unmasked frames, raw HTTP). */
final class RawClient implements AutoCloseable {

    record Frame(boolean fin, int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;

    RawClient(int port) throws IOException {
        this(port, -1);
    }

    RawClient(int port, int receiveBuffer) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout(5_000);
        in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream(), 65_536));
        out = socket.getOutputStream();
    }

    /** Sends a request head and returns the response head (status line and headers), leaving the body unread. */
    String request(String head) throws IOException {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (!b.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    String upgrade(String target) throws IOException {
        String key = Base64.getEncoder().encodeToString(new byte[16]);
        return request("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }

    String readRest() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    void sendFrame(boolean fin, int opcode, byte[] payload, boolean masked) throws IOException {
        out.write(clientFrame(fin, opcode, payload, masked, 0));
        out.flush();
    }

    /** A client frame as RFC 6455 has clients write it (random mask), or broken on purpose (no mask, RSV bits). */
    static byte[] clientFrame(boolean fin, int opcode, byte[] payload, boolean masked, int rsv) {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write((fin ? 0x80 : 0) | rsv << 4 | opcode);
        int maskBit = masked ? 0x80 : 0;
        int n = payload.length;
        if (n < 126) {
            f.write(maskBit | n);
        } else if (n < 65_536) {
            f.write(maskBit | 126);
            f.write(n >>> 8);
            f.write(n);
        } else {
            f.write(maskBit | 127);
            for (int i = 7; i >= 0; i--) {
                f.write((int) ((long) n >>> (8 * i)));
            }
        }
        byte[] data = payload.clone();
        if (masked) {
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            f.writeBytes(mask);
            for (int i = 0; i < data.length; i++) {
                data[i] ^= mask[i & 3];
            }
        }
        f.writeBytes(data);
        return f.toByteArray();
    }

    void sendText(String s) throws IOException {
        sendFrame(true, 1, s.getBytes(StandardCharsets.UTF_8), true);
    }

    Frame readFrame() throws IOException {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        if ((b1 & 0x80) != 0) {
            throw new IOException("server frames must not be masked");
        }
        long len = b1 & 0x7F;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        byte[] p = new byte[(int) len];
        in.readFully(p);
        return new Frame((b0 & 0x80) != 0, b0 & 0x0F, p);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
