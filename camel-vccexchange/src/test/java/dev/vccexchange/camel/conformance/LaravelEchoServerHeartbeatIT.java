package dev.vccexchange.camel.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * laravel-echo-server with pingInterval/pingTimeout 500/500 ms and an unreachable auth host: a client that never
 * pings is closed after about interval + timeout; a private subscribe gives status 0.
 */
@RequiresNode
class LaravelEchoServerHeartbeatIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static LaravelEchoServerPeer echo;

    @BeforeAll
    static void start() {
        NodePeers.assumeAvailable();
        echo = LaravelEchoServerPeer.builder()
                .authHost(URI.create("http://127.0.0.1:9")) // discard port: connection refused
                .ping(Duration.ofMillis(500), Duration.ofMillis(500)).start();
    }

    @AfterAll
    static void stop() {
        if (echo != null) {
            echo.close();
        }
    }

    @Test
    void clientThatNeverPingsIsClosedAfterIntervalPlusTimeout() {
        try (RawWebSocket ws = RawWebSocket.connect(echo.webSocketUri())) {
            long start = System.nanoTime();
            assertThat(ws.next(WAIT)).contains("\"pingInterval\":500,\"pingTimeout\":500");
            assertThat(ws.next(WAIT)).isEqualTo("40");
            RawWebSocket.Ending end = ws.awaitEnding(WAIT);
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(end.code()).as("ended by %s", end).isEqualTo(1005);
            assertThat(ms).isBetween(800L, 3000L);
            assertThat(ws.frames()).hasSize(2);
        }
    }

    @Test
    void unreachableAuthHostGivesStatus0() {
        try (RawWebSocket ws = RawWebSocket.connect(echo.webSocketUri())) {
            ws.next(WAIT);
            ws.next(WAIT);
            ws.send("42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":{\"Authorization\":\"Bearer k\"}}}]");
            assertThat(ws.next(WAIT)).isEqualTo("42[\"subscription_error\",\"private-App.User.1\",0]");
        }
    }
}
