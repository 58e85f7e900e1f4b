package dev.vccexchange.camel.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.VccExchangeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EngineIoCodecTest {

    @Test
    void decodesEio3OpenFromLaravelEchoServer() {
        OpenPacket open = EngineIoCodec.decodeOpen(
                "0{\"sid\":\"byos8k_QQ_ZgwR8KAAAB\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000}");
        assertThat(open.sid()).isEqualTo("byos8k_QQ_ZgwR8KAAAB");
        assertThat(open.pingInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(open.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(open.upgrades()).isEmpty();
        assertThat(open.maxPayload()).isZero();
    }

    @Test
    void decodesEio4OpenWithMaxPayload() {
        OpenPacket open = EngineIoCodec.decodeOpen("0{\"sid\":\"mwuqkbYfJSbJb9XSAAAA\",\"upgrades\":[\"websocket\"],"
                + "\"pingInterval\":1500,\"pingTimeout\":1000,\"maxPayload\":1000000}");
        assertThat(open.pingInterval()).isEqualTo(Duration.ofMillis(1500));
        assertThat(open.pingTimeout()).isEqualTo(Duration.ofMillis(1000));
        assertThat(open.upgrades()).containsExactly("websocket");
        assertThat(open.maxPayload()).isEqualTo(1_000_000L);
    }

    @ParameterizedTest
    @CsvSource({
        "0{}, OPEN, {}",
        "1, CLOSE, ''",
        "2, PING, ''",
        "3, PONG, ''",
        "2probe, PING, probe",
        "3probe, PONG, probe",
        "40, MESSAGE, 0",
        "5, UPGRADE, ''",
        "6, NOOP, ''",
    })
    void decodesEveryPacketType(String frame, EngineIoPacket.Type type, String data) {
        EngineIoPacket packet = EngineIoCodec.decode(frame);
        assertThat(packet.type()).isEqualTo(type);
        assertThat(packet.data()).isEqualTo(data);
        assertThat(EngineIoCodec.encode(packet)).isEqualTo(frame);
        assertThat(EngineIoCodec.typeOf(frame)).isEqualTo(type);
    }

    @Test
    void encodesPingAndPong() {
        assertThat(EngineIoCodec.encode(EngineIoPacket.of(EngineIoPacket.Type.PING))).isEqualTo("2");
        assertThat(EngineIoCodec.encode(new EngineIoPacket(EngineIoPacket.Type.PONG, "probe"))).isEqualTo("3probe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "x", "b4AQID", "9hello"})
    void rejectsEmptyUnknownAndBinaryFrames(String frame) {
        assertThatThrownBy(() -> EngineIoCodec.decode(frame))
                .isInstanceOf(MalformedPacketException.class)
                .isInstanceOf(VccExchangeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0{", "0[]", "0{\"upgrades\":[]}", "0{\"sid\":\"a\",\"pingInterval\":\"x\",\"pingTimeout\":1}",
        "0{\"sid\":\"a\",\"pingInterval\":1,\"pingTimeout\":1} trailing", "40"})
    void rejectsBadOpenPackets(String frame) {
        assertThatThrownBy(() -> EngineIoCodec.decodeOpen(frame)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void nullFrameIsMalformed() {
        assertThatThrownBy(() -> EngineIoCodec.decode(null)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("<null>");
    }

    @Test
    void messageQuotesTheFrameTruncated() {
        String frame = "9" + "x".repeat(1000);
        assertThatThrownBy(() -> EngineIoCodec.decode(frame))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("unknown Engine.IO packet type")
                .hasMessageContaining("(1001 chars)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
    }

    @Test
    void versionNumbers() {
        assertThat(EngineIoVersion.V3.number()).isEqualTo(3);
        assertThat(EngineIoVersion.of(4)).isEqualTo(EngineIoVersion.V4);
        assertThatThrownBy(() -> EngineIoVersion.of(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
