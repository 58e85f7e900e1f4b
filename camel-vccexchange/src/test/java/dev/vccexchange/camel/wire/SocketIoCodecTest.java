package dev.vccexchange.camel.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.wire.SocketIoPacket.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocketIoCodecTest {

    @Test
    void decodesLaravelEventFrame() {
        SocketIoPacket p = SocketIoCodec.decodeFrame("42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\","
                + "{\"data\":{\"currency\":\"BTC\",\"available\":\"0.5\",\"locked\":\"0.1\"},\"socket\":null}]");
        assertThat(p.type()).isEqualTo(Type.EVENT);
        assertThat(p.isRootNamespace()).isTrue();
        assertThat(p.hasAckId()).isFalse();
        assertThat(p.eventName()).isEqualTo("App\\Events\\BalanceUpdated");
        assertThat(p.argumentCount()).isEqualTo(2);
        assertThat(p.argument(0).asText()).isEqualTo("private-App.User.1");
        assertThat(p.argument(1).at("/data/currency").asText()).isEqualTo("BTC");
        assertThat(p.argument(1).get("socket").isNull()).isTrue();
    }

    @Test
    void decodesSubscriptionError() {
        SocketIoPacket p = SocketIoCodec.decodeFrame("42[\"subscription_error\",\"private-App.User.1\",403]");
        assertThat(p.eventName()).isEqualTo("subscription_error");
        assertThat(p.argument(1).asInt()).isEqualTo(403);
    }

    @Test
    void decodesConnectV4AndV5() {
        SocketIoPacket v4 = SocketIoCodec.decodeFrame("40");
        assertThat(v4.type()).isEqualTo(Type.CONNECT);
        assertThat(v4.payload()).isNull();
        SocketIoPacket v5 = SocketIoCodec.decodeFrame("40{\"sid\":\"8CoHOl2DwyBFVKRpAAAA\"}");
        assertThat(v5.type()).isEqualTo(Type.CONNECT);
        assertThat(v5.payload().get("sid").asText()).isEqualTo("8CoHOl2DwyBFVKRpAAAA");
        assertThat(SocketIoCodec.decodeFrame("40/admin,").namespace()).isEqualTo("/admin");
    }

    @Test
    void decodesDisconnect() {
        assertThat(SocketIoCodec.decodeFrame("41").type()).isEqualTo(Type.DISCONNECT);
        SocketIoPacket admin = SocketIoCodec.decodeFrame("41/admin,");
        assertThat(admin.type()).isEqualTo(Type.DISCONNECT);
        assertThat(admin.namespace()).isEqualTo("/admin");
    }

    @Test
    void decodesNamespaceAndAckId() {
        SocketIoPacket p = SocketIoCodec.decode("2/admin,456[\"project:delete\",123]");
        assertThat(p.namespace()).isEqualTo("/admin");
        assertThat(p.ackId()).isEqualTo(456);
        assertThat(p.eventName()).isEqualTo("project:delete");
        assertThat(SocketIoCodec.encode(p)).isEqualTo("2/admin,456[\"project:delete\",123]");
        SocketIoPacket withAck = SocketIoCodec.decodeFrame("421[\"subscribe\",{\"channel\":\"ticker\"}]");
        assertThat(withAck.ackId()).isEqualTo(1);
    }

    @Test
    void decodesAcks() {
        SocketIoPacket ack = SocketIoCodec.decodeFrame("431[\"with-ack\"]");
        assertThat(ack.type()).isEqualTo(Type.ACK);
        assertThat(ack.ackId()).isEqualTo(1);
        assertThat(ack.payload().get(0).asText()).isEqualTo("with-ack");
        assertThat(SocketIoCodec.decode("3/admin,456[]").payload()).isEmpty();
    }

    @Test
    void decodesErrorsOfBothProtocols() {
        SocketIoPacket v4 = SocketIoCodec.decodeFrame("44/admin,\"Invalid namespace\"");
        assertThat(v4.type()).isEqualTo(Type.CONNECT_ERROR);
        assertThat(v4.namespace()).isEqualTo("/admin");
        assertThat(v4.payload().asText()).isEqualTo("Invalid namespace");
        SocketIoPacket v5 = SocketIoCodec.decodeFrame("44{\"message\":\"not authorized\"}");
        assertThat(v5.payload().get("message").asText()).isEqualTo("not authorized");
        SocketIoPacket nsp = SocketIoCodec.decodeFrame("44/nope,{\"message\":\"Invalid namespace\"}");
        assertThat(nsp.namespace()).isEqualTo("/nope");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4", "47", "4x", "42", "42[]", "42[1,2]", "42{\"a\":1}", "42[\"a\",", "42[\"a\"] trailing",
        "42[\"a\",{\"_placeholder\":true,\"num\":0}]", "42[\"a\",{\"b\":1},{\"_placeholder\":true,\"num\":0}]",
        "42[\"a\",{\"x\":1,\"_placeholder\":true}]", "51-[\"hello\",{\"_placeholder\":true,\"num\":0}]",
        "61-/admin,456[{\"_placeholder\":true,\"num\":0}]", "43", "44", "40[]",
        "421234567890123456789[\"a\"]", "2[\"not a message\"]", ""})
    void rejectsMalformedFrames(String frame) {
        assertThatThrownBy(() -> SocketIoCodec.decodeFrame(frame)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("Malformed socket.io packet");
    }

    @Test
    void aPlaceholderOnlyCountsAsATopLevelArgument() {
        // nested, or false, or the word in a string: an ordinary event
        for (String frame : new String[] {"42[\"a\",{\"x\":{\"_placeholder\":true}}]",
                                          "42[\"a\",{\"_placeholder\":false}]",
                                          "42[\"a\",\"_placeholder\",{\"note\":\"\\\"_placeholder\\\"\"}]"}) {
            assertThat(SocketIoCodec.decodeFrame(frame).eventName()).as(frame).isEqualTo("a");
        }
    }

    @Test
    void encodesSubscribeFrameExactly() {
        ObjectNode arg = WireJson.NODES.objectNode();
        arg.put("channel", "private-App.User.1");
        arg.putObject("auth").putObject("headers").put("Authorization", "Bearer KEY");
        assertThat(SocketIoCodec.eventFrame("subscribe", arg)).isEqualTo(
                "42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer KEY\"}}}]");
    }

    @Test
    void encodesControlPackets() {
        assertThat(SocketIoCodec.encodeFrame(new SocketIoPacket(Type.CONNECT, "/", SocketIoPacket.NO_ACK, null)))
                .isEqualTo("40");
        assertThat(SocketIoCodec.encodeFrame(new SocketIoPacket(Type.DISCONNECT, null, SocketIoPacket.NO_ACK, null)))
                .isEqualTo("41");
        assertThat(SocketIoCodec.encode(new SocketIoPacket(Type.CONNECT, "/admin", SocketIoPacket.NO_ACK, null)))
                .isEqualTo("0/admin,");
    }

    @Test
    void eventRoundTrip() {
        String frame = "42[\"App\\\\Events\\\\TickerUpdated\",\"ticker\",{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}]";
        assertThat(SocketIoCodec.encodeFrame(SocketIoCodec.decodeFrame(frame))).isEqualTo(frame);
    }
}
