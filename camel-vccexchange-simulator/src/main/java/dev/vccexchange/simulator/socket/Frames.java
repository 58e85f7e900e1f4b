package dev.vccexchange.simulator.socket;

import java.nio.charset.StandardCharsets;

/** RFC 6455 server-to-client frames (never masked, never fragmented). */
final class Frames {

    static final int OP_CONTINUATION = 0x0;
    static final int OP_TEXT = 0x1;
    static final int OP_BINARY = 0x2;
    static final int OP_CLOSE = 0x8;
    static final int OP_PING = 0x9;
    static final int OP_PONG = 0xA;

    /** A close frame without a status code: the peer reports 1005 (what Node's ws sends on a bare close()). */
    static final byte[] CLOSE_NO_STATUS = {(byte) 0x88, 0x00};

    private Frames() {
    }

    static byte[] text(String s) {
        return frame(OP_TEXT, s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] close(int code) {
        return frame(OP_CLOSE, new byte[] {(byte) (code >>> 8), (byte) code});
    }

    static byte[] frame(int opcode, byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n < 65_536 ? 4 : 10;
        byte[] f = new byte[header + n];
        f[0] = (byte) (0x80 | opcode);
        if (n < 126) {
            f[1] = (byte) n;
        } else if (n < 65_536) {
            f[1] = 126;
            f[2] = (byte) (n >>> 8);
            f[3] = (byte) n;
        } else {
            f[1] = 127;
            long len = n;
            for (int i = 0; i < 8; i++) {
                f[2 + i] = (byte) (len >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, f, header, n);
        return f;
    }
}
