package dev.vccexchange.simulator.socket;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Reads RFC 6455 client-to-server frames as Node's {@code ws} does: every frame masked, no RSV bits, control frames
 * short and unfragmented, fragmented messages reassembled (control frames may come between the fragments), messages
 * above a maximum refused. It hands over whole messages and control frames only. One reader per connection, used
 * by its reader thread.
 */
final class FrameReader {

    /** A whole message ({@link Frames#OP_TEXT} or {@link Frames#OP_BINARY}) or a control frame, unmasked. */
    record Frame(int opcode, byte[] payload) {
    }

    /** The client broke the protocol: the connection is closed with {@code code} (1002, 1009). */
    static final class ProtocolViolation extends IOException {

        private final int code;

        ProtocolViolation(int code, String reason) {
            super(reason);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    private final DataInputStream in;
    private final int maxMessageBytes;
    /** The fragments so far of a message not finished yet, or null. */
    private ByteArrayOutputStream fragments;
    private int fragmentedOpcode;

    FrameReader(DataInputStream in, int maxMessageBytes) {
        this.in = in;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Blocks until the next whole message or control frame.
     *
     * @throws ProtocolViolation when the client broke the protocol
     * @throws EOFException      when the stream ended (also in the middle of a frame)
     */
    Frame next() throws IOException {
        while (true) {
            int b0 = in.read();
            if (b0 < 0) {
                throw new EOFException();
            }
            int b1 = in.readUnsignedByte();
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0F;
            long len = b1 & 0x7F;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            if ((b0 & 0x70) != 0) {
                throw new ProtocolViolation(1002, "RSV bits set");
            }
            if ((b1 & 0x80) == 0) {
                throw new ProtocolViolation(1002, "MASK must be set");
            }
            if (len < 0) {
                throw new ProtocolViolation(1002, "bad length");
            }
            boolean control = (opcode & 0x8) != 0;
            if (control && (!fin || len > 125)) {
                throw new ProtocolViolation(1002, "bad control frame");
            }
            // Checked before reading the payload: a client must not make the server buffer what it will refuse.
            if (!control && len + (fragments == null ? 0 : fragments.size()) > maxMessageBytes) {
                throw new ProtocolViolation(1009, "Max payload size exceeded");
            }
            byte[] payload = readMasked((int) len);
            switch (opcode) {
                case Frames.OP_TEXT, Frames.OP_BINARY -> {
                    if (fragments != null) {
                        throw new ProtocolViolation(1002, "expected a continuation frame");
                    }
                    if (fin) {
                        return new Frame(opcode, payload);
                    }
                    fragments = new ByteArrayOutputStream(Math.max(256, payload.length * 2));
                    fragments.write(payload);
                    fragmentedOpcode = opcode;
                }
                case Frames.OP_CONTINUATION -> {
                    if (fragments == null) {
                        throw new ProtocolViolation(1002, "unexpected continuation frame");
                    }
                    fragments.write(payload);
                    if (fin) {
                        byte[] whole = fragments.toByteArray();
                        fragments = null;
                        return new Frame(fragmentedOpcode, whole);
                    }
                }
                case Frames.OP_CLOSE, Frames.OP_PING, Frames.OP_PONG -> {
                    return new Frame(opcode, payload);
                }
                default -> throw new ProtocolViolation(1002, "unknown opcode " + opcode);
            }
        }
    }

    private byte[] readMasked(int len) throws IOException {
        byte[] mask = new byte[4];
        in.readFully(mask);
        byte[] payload = new byte[len];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i & 3];
        }
        return payload;
    }
}
