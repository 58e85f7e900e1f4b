package dev.vccexchange.simulator.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Client frames as a browser or Node's ws writes them, and the ways a client can break RFC 6455. */
class FrameReaderTest {

    private static final int MAX = 100_000;

    private static byte[] frame(boolean fin, int opcode, byte[] payload, boolean masked, int rsv) {
        return RawClient.clientFrame(fin, opcode, payload, masked, rsv);
    }

    private static byte[] frame(boolean fin, int opcode, String text) {
        return frame(fin, opcode, text.getBytes(StandardCharsets.UTF_8), true, 0);
    }

    private static FrameReader reader(byte[]... frames) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            all.writeBytes(f);
        }
        return new FrameReader(new DataInputStream(new ByteArrayInputStream(all.toByteArray())), MAX);
    }

    private static String text(FrameReader.Frame f) {
        return new String(f.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void unmasksTextAndBinaryMessages() throws Exception {
        FrameReader r = reader(frame(true, Frames.OP_TEXT, "42[\"subscribe\",{}]"),
                               frame(true, Frames.OP_BINARY, new byte[] {1, 2, 3}, true, 0));
        FrameReader.Frame text = r.next();
        assertThat(text.opcode()).isEqualTo(Frames.OP_TEXT);
        assertThat(text(text)).isEqualTo("42[\"subscribe\",{}]");
        FrameReader.Frame binary = r.next();
        assertThat(binary.opcode()).isEqualTo(Frames.OP_BINARY);
        assertThat(binary.payload()).containsExactly(1, 2, 3);
        assertThatThrownBy(r::next).isInstanceOf(EOFException.class);
    }

    @Test
    void readsSixteenAndSixtyFourBitLengths() throws Exception {
        String medium = "m".repeat(300);
        String large = "L".repeat(70_000);
        FrameReader r = reader(frame(true, Frames.OP_TEXT, medium), frame(true, Frames.OP_TEXT, large));
        assertThat(text(r.next())).isEqualTo(medium);
        assertThat(text(r.next())).isEqualTo(large);
    }

    @Test
    void reassemblesFragmentsAndHandsOverControlFramesSentBetweenThem() throws Exception {
        FrameReader r = reader(frame(false, Frames.OP_TEXT, "42[\"sub"),
                               frame(true, Frames.OP_PING, "are you there"),
                               frame(false, Frames.OP_CONTINUATION, "scribe\","),
                               frame(true, Frames.OP_CONTINUATION, "{}]"),
                               frame(true, Frames.OP_CLOSE, new byte[] {0x03, (byte) 0xe8}, true, 0));
        FrameReader.Frame ping = r.next();
        assertThat(ping.opcode()).isEqualTo(Frames.OP_PING);
        assertThat(text(ping)).isEqualTo("are you there");
        FrameReader.Frame whole = r.next();
        assertThat(whole.opcode()).isEqualTo(Frames.OP_TEXT);
        assertThat(text(whole)).isEqualTo("42[\"subscribe\",{}]");
        FrameReader.Frame close = r.next();
        assertThat(close.opcode()).isEqualTo(Frames.OP_CLOSE);
        assertThat(close.payload()).containsExactly(0x03, 0xe8);
    }

    @Test
    void protocolErrorsCarryTheCloseCodeNodesWsSends() {
        assertViolation(1002, "MASK must be set", frame(true, Frames.OP_TEXT, new byte[] {'2'}, false, 0));
        assertViolation(1002, "RSV bits set", frame(true, Frames.OP_TEXT, new byte[] {'2'}, true, 4));
        assertViolation(1002, "bad control frame", frame(false, Frames.OP_PING, "x"));
        assertViolation(1002, "bad control frame", frame(true, Frames.OP_PING, "p".repeat(126)));
        assertViolation(1002, "unexpected continuation frame", frame(true, Frames.OP_CONTINUATION, "x"));
        assertViolation(1002, "expected a continuation frame", frame(false, Frames.OP_TEXT, "4"),
                        frame(true, Frames.OP_TEXT, "2"));
        assertViolation(1002, "unknown opcode 3", frame(true, 0x3, "x"));
        assertViolation(1009, "Max payload size exceeded", frame(false, Frames.OP_TEXT, "a".repeat(MAX / 2)),
                        frame(true, Frames.OP_CONTINUATION, "b".repeat(MAX / 2 + 1)));
    }

    @Test
    void anOversizedFrameIsRefusedFromItsHeaderBeforeAnyPayloadIsRead() {
        byte[] header = Arrays.copyOf(frame(true, Frames.OP_TEXT, "x".repeat(MAX + 1)), 2 + 8); // no mask, no payload
        assertViolation(1009, "Max payload size exceeded", header);
    }

    @Test
    void aStreamEndingInsideAFrameIsAnEndOfStream() {
        byte[] f = frame(true, Frames.OP_TEXT, "42[\"subscribe\"]");
        assertThatThrownBy(() -> reader(Arrays.copyOf(f, f.length - 3)).next()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> reader(Arrays.copyOf(f, 1)).next()).isInstanceOf(EOFException.class);
    }

    private static void assertViolation(int code, String reason, byte[]... frames) {
        FrameReader r = reader(frames);
        assertThatThrownBy(() -> {
            while (true) {
                r.next();
            }
        }).isInstanceOfSatisfying(FrameReader.ProtocolViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v).hasMessage(reason);
        });
    }
}
