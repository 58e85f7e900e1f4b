package dev.vccexchange.camel.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.SessionFailedException;
import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EngineSessionTest {

    /** laravel-echo-server's handshake (engine.io 3.6.2 defaults). */
    static final String OPEN_V3 =
            "0{\"sid\":\"byos8k_QQ_ZgwR8KAAAB\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000}";
    /** socket.io 4.8.4's handshake. */
    static final String OPEN_V4 = "0{\"sid\":\"mwuqkbYfJSbJb9XSAAAA\",\"upgrades\":[],\"pingInterval\":1500,"
            + "\"pingTimeout\":1000,\"maxPayload\":1000000}";
    static final String EVENT = "42[\"App\\\\Events\\\\TickerUpdated\",\"ticker\",{\"pair\":\"BTC/USD\"}]";

    ManualScheduler scheduler;
    ScriptedConnector connector;
    RecordingSessionListener listener;
    EngineSession session;

    @BeforeEach
    void setUp() {
        scheduler = new ManualScheduler();
        connector = new ScriptedConnector();
        listener = new RecordingSessionListener();
    }

    EngineSession session(EngineIoVersion version, int maxAttempts) {
        ReconnectPolicy policy = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.5,
                maxAttempts);
        SessionOptions options = new SessionOptions(URI.create("ws://localhost:6001"), version,
                Duration.ofSeconds(10), policy);
        // random 0.5 = no jitter: delays are exactly 1 s, 2 s, 4 s...
        session = new EngineSession(connector, scheduler, options, listener, scheduler::nanoTime, () -> 0.5);
        return session;
    }

    FakeWebSocket openV3() {
        session(EngineIoVersion.V3, 0).start();
        return connector.socket().serverText(OPEN_V3).serverText("40");
    }

    void advance(long millis) {
        scheduler.advance(Duration.ofMillis(millis));
    }

    @Test
    void eio3HandshakeIsReadyOnServer40AndNeverSends40() {
        session(EngineIoVersion.V3, 0).start();
        assertThat(connector.last().uri()).hasToString("ws://localhost:6001/socket.io/?EIO=3&transport=websocket");
        assertThat(session.health().state()).isEqualTo(SessionState.CONNECTING);
        FakeWebSocket ws = connector.socket().serverText(OPEN_V3);
        assertThat(session.health().state()).isEqualTo(SessionState.CONNECTING);
        assertThat(listener.opens).isZero();
        ws.serverText("40");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        assertThat(listener.opens).isEqualTo(1);
        assertThat(listener.stateNames()).containsExactly(SessionState.CONNECTING, SessionState.OPEN);
        assertThat(ws.sent()).isEmpty();
        assertThat(session.send("42[\"subscribe\",{\"channel\":\"ticker\"}]")).isTrue();
        assertThat(ws.sent()).containsExactly("42[\"subscribe\",{\"channel\":\"ticker\"}]");
    }

    @Test
    void sendIsRefusedUntilOpen() {
        session(EngineIoVersion.V3, 0);
        assertThat(session.send("42[\"x\"]")).isFalse();
        session.start();
        connector.socket().serverText(OPEN_V3);
        assertThat(session.send("42[\"x\"]")).isFalse();
    }

    @Test
    void eio3PingsEveryPingIntervalAndAnyPacketCountsAsAnswer() {
        FakeWebSocket ws = openV3();
        advance(24_999);
        assertThat(ws.sent()).isEmpty();
        advance(1);
        assertThat(ws.sent()).containsExactly("2");
        ws.serverText("3");
        advance(25_000);
        assertThat(ws.sent()).containsExactly("2", "2");
        ws.serverText(EVENT); // any packet proves liveness
        advance(25_000);
        assertThat(ws.sent()).containsExactly("2", "2", "2");
        ws.serverText("3");
        advance(24_999);
        assertThat(ws.sent()).containsExactly("2", "2", "2");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        assertThat(listener.errors).isEmpty();
    }

    @Test
    void eio3MissingPongIsADeadLink() {
        FakeWebSocket ws = openV3();
        advance(25_000); // ping
        advance(19_999);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        advance(1);
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(ws.aborted()).isTrue();
        assertThat(listener.errors).singleElement().isInstanceOf(SessionFailedException.class)
                .extracting(Throwable::getMessage).asString().contains("dead link").contains("20000 ms");
    }

    @Test
    void slowListenerIsNotMistakenForADeadLink() {
        FakeWebSocket ws = openV3();
        List<Long> requestedDuringDelivery = new ArrayList<>();
        listener.onEventHook = e -> {
            requestedDuringDelivery.add(ws.requested());
            advance(60_000); // the route takes a minute; pings go out, nothing is read
            requestedDuringDelivery.add(ws.requested());
        };
        long before = ws.requested();
        ws.serverText(EVENT);
        assertThat(requestedDuringDelivery).containsExactly(before, before);
        assertThat(ws.requested()).isEqualTo(before + 1);
        assertThat(ws.sent()).containsExactly("2", "2"); // at 25 s and 50 s
        advance(10_000);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        assertThat(listener.errors).isEmpty();
        // but a real silence after the route returned is still detected
        listener.onEventHook = e -> { };
        advance(5_000); // ping at 75 s
        assertThat(ws.sent()).containsExactly("2", "2", "2");
        advance(19_999);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        advance(1);
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
    }

    @Test
    void aSlowListenerOfTheOpenIsNotMistakenForADeadLinkEither() {
        List<SessionState> duringOpen = new ArrayList<>();
        listener.onOpenHook = () -> {
            advance(60_000); // a reconcile that takes a minute; pings go out, nothing is read
            duringOpen.add(session.health().state());
        };
        FakeWebSocket ws = openV3();
        assertThat(duringOpen).containsExactly(SessionState.OPEN);
        assertThat(ws.sent()).containsExactly("2", "2"); // at 25 s and 50 s
        advance(10_000);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        assertThat(listener.errors).isEmpty();
    }

    @Test
    void requestsTheNextFrameOnlyAfterTheListenerReturns() {
        FakeWebSocket ws = openV3();
        List<Long> seen = new ArrayList<>();
        listener.onEventHook = e -> seen.add(ws.requested());
        long before = ws.requested();
        ws.serverText(EVENT);
        ws.serverText(EVENT);
        assertThat(seen).containsExactly(before, before + 1);
        assertThat(ws.requested()).isEqualTo(before + 2);
    }

    @Test
    void eio4Sends40AnswersPingsAndDetectsSilence() {
        session(EngineIoVersion.V4, 0).start();
        assertThat(connector.last().uri()).hasToString("ws://localhost:6001/socket.io/?EIO=4&transport=websocket");
        FakeWebSocket ws = connector.socket().serverText(OPEN_V4);
        assertThat(ws.sent()).containsExactly("40");
        ws.serverText("40{\"sid\":\"8CoHOl2DwyBFVKRpAAAA\"}");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        advance(2_000);
        ws.serverText("2");
        assertThat(ws.sent()).containsExactly("40", "3");
        advance(2_400); // 2.4 s since the last ping < 1.5 + 1.0
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        advance(200);
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(listener.errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains("dead link");
        assertThat(ws.aborted()).isTrue();
    }

    @Test
    void eio4ConnectErrorFailsWithTheServersMessage() {
        session(EngineIoVersion.V4, 0).start();
        connector.socket().serverText(OPEN_V4).serverText("44{\"message\":\"not authorized\"}");
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(listener.errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains("not authorized");
        assertThat(listener.opens).isZero();
    }

    @Test
    void serverCloseFrameIsAnsweredAndReconnectsWithBackoff() {
        FakeWebSocket ws = openV3();
        ws.serverClose(1005, "");
        assertThat(ws.closeSent()).isEqualTo(1000);
        assertThat(ws.aborted()).isTrue();
        SessionHealth h = session.health();
        assertThat(h.state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(h.attempt()).isEqualTo(1);
        assertThat(h.nextRetryIn()).isEqualTo(Duration.ofSeconds(1));
        assertThat(h.describe()).startsWith("reconnecting in 1.0s after attempt 1: Server closed the WebSocket");
        assertThat(listener.errors).singleElement().isInstanceOf(SessionFailedException.class);

        advance(999);
        assertThat(connector.count()).isEqualTo(1);
        connector.refuseConnections(true);
        advance(1);
        assertThat(connector.count()).isEqualTo(2);
        assertThat(session.health().nextRetryIn()).isEqualTo(Duration.ofSeconds(2));
        assertThat(session.health().attempt()).isEqualTo(2);
        connector.refuseConnections(false);
        advance(2_000);
        assertThat(connector.count()).isEqualTo(3);
        connector.socket().serverText(OPEN_V3).serverText("40");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        assertThat(session.health().attempt()).isZero();
        assertThat(listener.opens).isEqualTo(2);
        // the counter was reset by the successful open
        connector.socket().serverClose(1005, "");
        assertThat(session.health().nextRetryIn()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void socketIoDisconnectReconnects() {
        assertFailsOnceAndReconnects(ws -> ws.serverText("41"), "(41)");
    }

    @Test
    void engineIoCloseReconnects() {
        assertFailsOnceAndReconnects(ws -> ws.serverText("1"), "Engine.IO close");
    }

    @Test
    void tcpErrorReconnects() {
        assertFailsOnceAndReconnects(ws -> ws.tcpError("Connection reset"), "Connection reset");
    }

    @Test
    void writeErrorReconnects() {
        assertFailsOnceAndReconnects(ws -> {
            ws.failSends();
            session.send("42[\"x\"]");
            scheduler.runDue();
        }, "Broken pipe");
    }

    private void assertFailsOnceAndReconnects(Consumer<FakeWebSocket> failure, String messagePart) {
        FakeWebSocket ws = openV3();
        failure.accept(ws);
        // the funnel is idempotent: later callbacks of the same socket change nothing
        ws.tcpError("again").serverClose(1006, "");
        assertThat(listener.errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains(messagePart);
        assertThat(listener.stateNames()).containsExactly(SessionState.CONNECTING, SessionState.OPEN,
                SessionState.RECONNECT_WAIT);
        assertThat(ws.aborted()).isTrue();
        advance(1_000);
        assertThat(connector.count()).isEqualTo(2);
        connector.socket().serverText(OPEN_V3).serverText("40");
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
    }

    @Test
    void lateCallbacksFromTheOldSocketAreIgnored() {
        FakeWebSocket old = openV3();
        old.tcpError("reset");
        advance(1_000);
        FakeWebSocket fresh = connector.socket().serverText(OPEN_V3).serverText("40");
        long oldRequested = old.requested();
        old.serverText(EVENT).serverText("41").serverClose(1000, "").tcpError("late");
        old.listener().onOpen(old);
        assertThat(listener.events).isEmpty();
        assertThat(listener.errors).hasSize(1);
        assertThat(old.requested()).isEqualTo(oldRequested);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
        fresh.serverText(EVENT);
        assertThat(listener.events).hasSize(1);
    }

    @Test
    void connectTimeoutCoversAHangingHandshakeAndALateSocketIsAborted() {
        connector.hangConnections(true);
        session(EngineIoVersion.V3, 0).start();
        advance(9_999);
        assertThat(session.health().state()).isEqualTo(SessionState.CONNECTING);
        advance(1);
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(listener.errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains("timed out after 10000 ms");
        ScriptedConnector.Attempt late = connector.last();
        late.future().complete(late.socket());
        assertThat(late.socket().aborted()).isTrue();
    }

    @Test
    void eio3OpenWithout40TimesOut() {
        session(EngineIoVersion.V3, 0).start();
        connector.socket().serverText(OPEN_V3);
        advance(10_000);
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        connector.refuseConnections(true);
        session(EngineIoVersion.V3, 2).start();
        assertThat(session.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        advance(1_000);
        advance(2_000);
        assertThat(connector.count()).isEqualTo(3);
        SessionHealth h = session.health();
        assertThat(h.state()).isEqualTo(SessionState.GAVE_UP);
        assertThat(h.attempt()).isEqualTo(3);
        assertThat(h.describe()).contains("gave up after attempt 3").contains("Connection refused");
        advance(600_000);
        assertThat(connector.count()).isEqualTo(3);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void closeSendsDisconnectAndCloseFrameAndNeverReconnects() {
        FakeWebSocket ws = openV3();
        session.close();
        assertThat(ws.sent()).containsExactly("41");
        assertThat(ws.closeSent()).isEqualTo(1000);
        assertThat(session.health().state()).isEqualTo(SessionState.CLOSED);
        ws.serverClose(1000, ""); // the server's answer is not a failure
        advance(600_000);
        assertThat(ws.aborted()).isTrue(); // after the grace period
        assertThat(connector.count()).isEqualTo(1);
        assertThat(listener.errors).isEmpty();
        assertThat(session.send("42[\"x\"]")).isFalse();
        session.start();
        assertThat(connector.count()).isEqualTo(1);
    }

    @Test
    void closeDuringReconnectWaitCancelsTheReconnect() {
        FakeWebSocket ws = openV3();
        ws.tcpError("reset");
        session.close();
        advance(600_000);
        assertThat(connector.count()).isEqualTo(1);
        assertThat(session.health().state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void partialFramesAreJoined() {
        FakeWebSocket ws = openV3();
        long before = ws.requested();
        ws.serverPartial("42[\"App\\\\Events\\\\X\",\"ch", false);
        ws.serverPartial("an", false);
        assertThat(listener.events).isEmpty();
        ws.serverPartial("nel\",{\"a\":1}]", true);
        assertThat(listener.events).singleElement().satisfies(e -> {
            assertThat(e.eventName()).isEqualTo("App\\Events\\X");
            assertThat(e.argument(0).asText()).isEqualTo("channel");
        });
        assertThat(ws.requested()).isEqualTo(before + 3);
    }

    @Test
    void binaryFrameIsAnErrorAndTheSessionGoesOn() {
        FakeWebSocket ws = openV3();
        ws.serverBinary((byte) 4, (byte) 1);
        assertThat(listener.errors).singleElement().isInstanceOf(MalformedPacketException.class);
        ws.serverText(EVENT);
        assertThat(listener.events).hasSize(1);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
    }

    @Test
    void malformedFramesAreReportedAndTheSessionGoesOn() {
        FakeWebSocket ws = openV3();
        ws.serverText("4x").serverText("9").serverText("42[\"a\",").serverText("451-[\"a\",{\"_placeholder\":true}]");
        assertThat(listener.errors).hasSize(4).allMatch(e -> e instanceof MalformedPacketException);
        ws.serverText(EVENT);
        assertThat(listener.events).hasSize(1);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
    }

    @Test
    void sendQueueIsBounded() {
        FakeWebSocket ws = openV3();
        ws.holdSends();
        for (int i = 0; i < EngineSession.MAX_QUEUED_SENDS; i++) {
            assertThat(session.send("42[\"x\"," + i + "]")).isTrue();
        }
        assertThat(session.send("42[\"one-too-many\"]")).isFalse();
        assertThat(ws.sent()).hasSize(1); // one write in flight, the rest wait behind it
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
    }

    @Test
    void connectorThatThrowsIsAFailedAttempt() {
        session(EngineIoVersion.V3, 0);
        EngineSession throwing = new EngineSession((uri, l) -> {
            throw new IllegalStateException("no route to host");
        }, scheduler, session.options(), listener, scheduler::nanoTime, () -> 0.5);
        throwing.start();
        assertThat(throwing.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(throwing.health().describe()).contains("no route to host");
    }

    @Test
    void throwingListenerDoesNotBreakTheSession() {
        FakeWebSocket ws = openV3();
        listener.onEventHook = e -> {
            throw new IllegalStateException("route failed");
        };
        long before = ws.requested();
        ws.serverText(EVENT);
        assertThat(ws.requested()).isEqualTo(before + 1);
        assertThat(session.health().state()).isEqualTo(SessionState.OPEN);
    }
}
