package dev.vccexchange.camel.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EIO3 timeouts with 500/500 ms: a client that never pings is closed by laravel-echo-server. */
@RequiresNode
class LaravelEchoServerHeartbeatIT {

    @BeforeAll
    static void node() {
        NodePeers.assumeAvailable();
    }

    @Test
    void clientThatNeverPingsIsClosedAfterIntervalPlusTimeout() {
        try (LaravelEchoServerPeer echo = LaravelEchoServerPeer.builder()
                .ping(Duration.ofMillis(500), Duration.ofMillis(500)).start();
             RawWebSocket ws = RawWebSocket.connect(echo.webSocketUri())) {
            long start = System.nanoTime();
            assertThat(ws.next(Duration.ofSeconds(5))).contains("\"pingInterval\":500,\"pingTimeout\":500");
            assertThat(ws.next(Duration.ofSeconds(5))).isEqualTo("40");
            RawWebSocket.Ending end = ws.awaitEnding(Duration.ofSeconds(5));
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(end.code()).as("ended by %s", end).isEqualTo(1005);
            assertThat(ms).isBetween(800L, 3000L);
            assertThat(ws.frames()).hasSize(2);
        }
    }
}
