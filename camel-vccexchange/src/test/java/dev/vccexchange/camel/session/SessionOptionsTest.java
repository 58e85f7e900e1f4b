package dev.vccexchange.camel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vccexchange.camel.error.SessionFailedException;
import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionOptionsTest {

    @Test
    void handshakeUriAppendsSocketIoPath() {
        assertThat(SessionOptions.of(URI.create("ws://127.0.0.1:6001")).handshakeUri())
                .hasToString("ws://127.0.0.1:6001/socket.io/?EIO=3&transport=websocket");
        SessionOptions v4 = new SessionOptions(URI.create("wss://ws.vcc.exchange/prefix/"), EngineIoVersion.V4,
                Duration.ofSeconds(5), ReconnectPolicy.defaults());
        assertThat(v4.handshakeUri()).hasToString("wss://ws.vcc.exchange/prefix/socket.io/?EIO=4&transport=websocket");
    }

    @Test
    void rejectsHttpUrls() {
        assertThatThrownBy(() -> SessionOptions.of(URI.create("http://localhost:6001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesHealth() {
        Instant t = Instant.parse("2026-12-04T14:00:00Z");
        assertThat(new SessionHealth(SessionState.RECONNECT_WAIT, new SessionFailedException("boom"), 3,
                Duration.ofMillis(2100), t).describe()).isEqualTo("reconnecting in 2.1s after attempt 3: boom");
        assertThat(new SessionHealth(SessionState.OPEN, null, 0, null, t).describe())
                .isEqualTo("open since 2026-12-04T14:00:00Z");
        assertThat(new SessionHealth(SessionState.GAVE_UP, new java.io.IOException(), 5, null, t).describe())
                .isEqualTo("gave up after attempt 5: IOException");
        assertThat(new SessionHealth(SessionState.CLOSED, null, 0, null, t).describe()).isEqualTo("closed");
    }
}
