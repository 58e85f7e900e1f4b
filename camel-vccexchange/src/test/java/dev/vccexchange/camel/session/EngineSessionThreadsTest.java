package dev.vccexchange.camel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The same session on a real scheduler thread, with short intervals: no deadlock, no lost callback. */
@Timeout(20)
class EngineSessionThreadsTest {

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final ScriptedConnector connector = new ScriptedConnector();
    final RecordingSessionListener listener = new RecordingSessionListener();

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
    }

    @Test
    void pingsOnTheSchedulerThreadAndReconnectsAfterADeadLink() {
        SessionOptions options = new SessionOptions(URI.create("ws://localhost:6001"), EngineIoVersion.V3,
                Duration.ofSeconds(5), new ReconnectPolicy(Duration.ofMillis(50), Duration.ofMillis(50), 1.0, 0, 0));
        EngineSession session = new EngineSession(connector, scheduler, options, listener);
        session.start();
        FakeWebSocket ws = connector.socket()
                .serverText("0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":50,\"pingTimeout\":1000}")
                .serverText("40");
        // answer a few pings from the test thread while the scheduler keeps pinging
        for (int i = 0; i < 3; i++) {
            int pings = i + 1;
            await().atMost(Duration.ofSeconds(5)).until(() -> ws.sent().size() >= pings);
            ws.serverText("3");
        }
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        // stop answering: dead link, then a reconnect on the scheduler thread
        await().atMost(Duration.ofSeconds(5)).until(() -> connector.count() == 2);
        assertThat(ws.aborted()).isTrue();
        assertThat(listener.errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains("dead link");
        connector.socket().serverText("0{\"sid\":\"b\",\"upgrades\":[],\"pingInterval\":50,\"pingTimeout\":200}")
                .serverText("40");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        session.close();
        assertThat(session.health().state()).isEqualTo(SessionState.CLOSED);
    }
}
