package dev.vccexchange.camel.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EchoChannelTest {

    @Test
    void privateTestIsUnanchoredLikeLaravelEchoServer() {
        assertThat(EchoChannel.of("private-App.User.1").isPrivate()).isTrue();
        assertThat(EchoChannel.of("presence-market.BTC").isPrivate()).isTrue();
        assertThat(EchoChannel.of("presence-market.BTC").isPresence()).isTrue();
        assertThat(EchoChannel.of("my-private-x").isPrivate()).isTrue();
        assertThat(EchoChannel.of("App.Orders").isPrivate()).isFalse();
        assertThat(EchoChannel.of("privateX").isPrivate()).isFalse();
        assertThat(EchoChannel.of("ticker").isPrivate()).isFalse();
    }

    @Test
    void factories() {
        assertThat(EchoChannel.privateUser(1).name()).isEqualTo("private-App.User.1");
        assertThat(EchoChannel.privateChannel("chat.1").name()).isEqualTo("private-chat.1");
        assertThat(EchoChannel.presence("market.BTC").name()).isEqualTo("presence-market.BTC");
        assertThatThrownBy(() -> EchoChannel.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frames() {
        assertThat(EchoMessages.subscribe(EchoChannel.privateUser(1), "KEY")).isEqualTo(
                "42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":"
                        + "\"Bearer KEY\"}}}]");
        assertThat(EchoMessages.subscribe(EchoChannel.of("App.Orders"), "KEY"))
                .isEqualTo("42[\"subscribe\",{\"channel\":\"App.Orders\",\"auth\":{}}]");
        assertThat(EchoMessages.subscribe(EchoChannel.privateUser(1), null))
                .isEqualTo("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{}}]");
        assertThat(EchoMessages.unsubscribe(EchoChannel.of("ticker")))
                .isEqualTo("42[\"unsubscribe\",{\"channel\":\"ticker\"}]");
    }
}
