package dev.vccexchange.camel.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.SessionFailedException;
import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.session.FakeWebSocket;
import dev.vccexchange.camel.session.ManualScheduler;
import dev.vccexchange.camel.session.ReconnectPolicy;
import dev.vccexchange.camel.session.ScriptedConnector;
import dev.vccexchange.camel.session.SessionOptions;
import dev.vccexchange.camel.session.SessionState;
import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EchoConnectionTest {

    static final String KEY = "user1-key";
    static final String OPEN_V3 =
            "0{\"sid\":\"byos8k_QQ_ZgwR8KAAAB\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000}";
    static final String SUB_USER1 = "42[\"subscribe\",{\"channel\":\"private-App.User.1\",\"auth\":{\"headers\":"
            + "{\"Authorization\":\"Bearer user1-key\"}}}]";
    static final String SUB_ORDERS = "42[\"subscribe\",{\"channel\":\"App.Orders\",\"auth\":{}}]";
    static final String SUB_TICKER = "42[\"subscribe\",{\"channel\":\"ticker\",\"auth\":{}}]";
    static final String BALANCE = "42[\"App\\\\Events\\\\BalanceUpdated\",\"private-App.User.1\","
            + "{\"data\":{\"currency\":\"BTC\",\"available\":\"0.5\",\"locked\":\"0.1\"},\"socket\":null}]";
    static final String TICKER = "42[\"App\\\\Events\\\\TickerUpdated\",\"ticker\",{\"pair\":\"BTC/USD\"}]";

    ManualScheduler scheduler;
    ScriptedConnector connector;
    EchoConnection echo;
    RecordingEchoListener a;
    RecordingEchoListener b;

    @BeforeEach
    void setUp() {
        scheduler = new ManualScheduler();
        connector = new ScriptedConnector();
        SessionOptions options = new SessionOptions(URI.create("ws://127.0.0.1:6001"), EngineIoVersion.V3,
                Duration.ofSeconds(10), new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0,
                        0.5, 0));
        echo = new EchoConnection(connector, scheduler, options, KEY, scheduler::nanoTime, () -> 0.5);
        a = new RecordingEchoListener();
        b = new RecordingEchoListener();
    }

    FakeWebSocket connect() {
        echo.start();
        return connector.socket().serverText(OPEN_V3).serverText("40");
    }

    void advance(long millis) {
        scheduler.advance(Duration.ofMillis(millis));
    }

    @Test
    void subscribeFramesAreExact() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.subscribe(EchoChannel.of("App.Orders"), a);
        assertThat(ws.sent()).containsExactly(SUB_USER1, SUB_ORDERS);
    }

    @Test
    void listenersShareOneSubscribePerChannel() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.of("ticker"), a);
        echo.subscribe(EchoChannel.of("ticker"), b);
        assertThat(ws.sent()).containsExactly(SUB_TICKER);
        ws.serverText(TICKER);
        assertThat(a.events).hasSize(1);
        assertThat(b.events).hasSize(1);
    }

    @Test
    void subscriptionsMadeBeforeOpenGoOutOnOpen() {
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.start();
        FakeWebSocket ws = connector.socket().serverText(OPEN_V3);
        assertThat(ws.sent()).isEmpty();
        ws.serverText("40");
        assertThat(ws.sent()).containsExactly(SUB_USER1);
    }

    @Test
    void everyWantedChannelIsSubscribedAgainAfterAReconnect() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.subscribe(EchoChannel.of("App.Orders"), b);
        echo.subscribe(EchoChannel.of("ticker"), b).unsubscribe();
        ws.serverClose(1005, "");
        assertThat(echo.health().state()).isEqualTo(SessionState.RECONNECT_WAIT);
        assertThat(a.errors).singleElement().isInstanceOf(SessionFailedException.class);
        assertThat(a.states).extracting(h -> h.state()).contains(SessionState.RECONNECT_WAIT);
        advance(1_000);
        FakeWebSocket fresh = connector.socket().serverText(OPEN_V3).serverText("40");
        assertThat(fresh.sent()).containsExactly(SUB_USER1, SUB_ORDERS);
        fresh.serverText(BALANCE);
        assertThat(a.events).hasSize(1);
    }

    @Test
    void listenersAreToldOfEachSubscribeOnAFreshSocketButNotOfARefusedChannel() {
        echo.subscribe(EchoChannel.privateUser(1), a);
        FakeWebSocket ws = connect();
        assertThat(a.subscribed).containsExactly("private-App.User.1");
        echo.subscribe(EchoChannel.of("ticker"), b);
        assertThat(b.subscribed).as("a subscribe on the open socket: nothing was missed").isEmpty();
        echo.subscribe(EchoChannel.of("App.Orders"), b);
        ws.serverText("42[\"subscription_error\",\"App.Orders\",403]");

        ws.serverClose(1005, "");
        advance(1_000);
        connector.socket().serverText(OPEN_V3).serverText("40");

        assertThat(a.subscribed).containsExactly("private-App.User.1", "private-App.User.1");
        assertThat(b.subscribed).as("ticker again, the refused App.Orders not").containsExactly("ticker");
    }

    @Test
    void everySubscribeIsSentBeforeAnyListenerIsTold() {
        FakeWebSocket[] socket = new FakeWebSocket[1];
        java.util.List<Integer> framesSentWhenTold = new java.util.ArrayList<>();
        EchoListener slow = new EchoListener() {
            @Override
            public void onSubscribed(EchoChannel channel) {
                framesSentWhenTold.add(socket[0].sent().size()); // what a route that reconciles would see
            }

            @Override
            public void onEvent(EchoEvent event) {
            }

            @Override
            public void onSubscriptionRefused(SubscriptionRefusedException refused) {
            }

            @Override
            public void onError(dev.vccexchange.camel.error.VccExchangeException error) {
            }
        };
        echo.subscribe(EchoChannel.privateUser(1), slow);
        echo.subscribe(EchoChannel.of("ticker"), slow);
        echo.start();
        socket[0] = connector.socket().serverText(OPEN_V3);
        socket[0].serverText("40");
        assertThat(framesSentWhenTold).containsExactly(2, 2);
    }

    @Test
    void unsubscribeIsSentWhenTheLastListenerLeaves() {
        FakeWebSocket ws = connect();
        EchoSubscription first = echo.subscribe(EchoChannel.of("ticker"), a);
        EchoSubscription second = echo.subscribe(EchoChannel.of("ticker"), b);
        echo.unsubscribe(first);
        assertThat(ws.sent()).containsExactly(SUB_TICKER);
        ws.serverText(TICKER);
        assertThat(a.events).isEmpty();
        assertThat(b.events).hasSize(1);
        echo.unsubscribe(second);
        echo.unsubscribe(second); // idempotent
        assertThat(ws.sent()).containsExactly(SUB_TICKER, "42[\"unsubscribe\",{\"channel\":\"ticker\"}]");
        ws.serverText(TICKER);
        assertThat(b.events).hasSize(1);
    }

    @Test
    void forbiddenIsPermanentToldOnceAndNotRetried() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.subscribe(EchoChannel.privateUser(1), b);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",403]");
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",403]");
        for (RecordingEchoListener l : new RecordingEchoListener[] {a, b}) {
            assertThat(l.refusals).singleElement().satisfies(e -> {
                assertThat(e.channel()).isEqualTo("private-App.User.1");
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.httpStatus()).isEqualTo(403);
                assertThat(e.permanent()).isTrue();
                assertThat(e.getMessage()).contains("private-App.User.1").contains("403").doesNotContain(KEY);
            });
            assertThat(l.errors).isEmpty();
        }
        advance(20_000); // longer than any retry back-off, shorter than the first ping
        assertThat(ws.sent()).containsExactly(SUB_USER1);
        assertThat(connector.count()).isEqualTo(1);
        // not replayed after a reconnect either
        ws.tcpError("reset");
        advance(1_000);
        FakeWebSocket fresh = connector.socket().serverText(OPEN_V3).serverText("40");
        assertThat(fresh.sent()).isEmpty();
        // until a listener subscribes again
        echo.subscribe(EchoChannel.privateUser(1), a);
        assertThat(fresh.sent()).containsExactly(SUB_USER1);
    }

    @Test
    void unauthorizedIsPermanentToo() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(2), a);
        ws.serverText("42[\"subscription_error\",\"private-App.User.2\",401]");
        assertThat(a.refusals).singleElement().extracting(SubscriptionRefusedException::permanent).isEqualTo(true);
    }

    @Test
    void serverErrorAndUnreachableAuthHostAreRetriedWithBackoff() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",500]");
        assertThat(a.refusals).isEmpty();
        assertThat(a.errors).singleElement().isInstanceOfSatisfying(SubscriptionRefusedException.class, e -> {
            assertThat(e.permanent()).isFalse();
            assertThat(e.status()).isEqualTo(500);
        });
        advance(999);
        assertThat(ws.sent()).containsExactly(SUB_USER1);
        advance(1);
        assertThat(ws.sent()).containsExactly(SUB_USER1, SUB_USER1);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",0]");
        assertThat(a.errors).hasSize(2).last().extracting(e -> ((SubscriptionRefusedException) e).status())
                .isEqualTo(0);
        advance(1_999);
        assertThat(ws.sent()).hasSize(2);
        advance(1);
        assertThat(ws.sent()).containsExactly(SUB_USER1, SUB_USER1, SUB_USER1);
    }

    @Test
    void pendingRetryIsDroppedWhenTheChannelIsUnsubscribed() {
        FakeWebSocket ws = connect();
        EchoSubscription s = echo.subscribe(EchoChannel.privateUser(1), a);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",503]");
        s.unsubscribe();
        advance(5_000);
        assertThat(ws.sent()).containsExactly(SUB_USER1,
                "42[\"unsubscribe\",{\"channel\":\"private-App.User.1\"}]");
    }

    @Test
    void eventsAreRoutedByChannel() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.subscribe(EchoChannel.of("ticker"), b);
        ws.serverText(BALANCE);
        ws.serverText(TICKER);
        ws.serverText("42[\"App\\\\Events\\\\X\",\"nobody-wants-this\",{}]");
        ws.serverText("42[\"two-elements\",{\"x\":1}]");
        assertThat(a.events).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo("private-App.User.1");
            assertThat(e.event()).isEqualTo("App\\Events\\BalanceUpdated");
            assertThat(e.payload().node().at("/data/currency").asText()).isEqualTo("BTC");
            assertThat(e.payload().node().get("socket").isNull()).isTrue();
            assertThat(e.receivedAtMillis()).isPositive();
        });
        assertThat(b.events).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo("ticker");
            assertThat(e.payload().node().get("pair").asText()).isEqualTo("BTC/USD");
        });
        assertThat(a.errors).isEmpty();
        assertThat(b.errors).isEmpty();
    }

    @Test
    void presenceFramesUseTheChannelArgument() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.presence("market.BTC"), a);
        ws.serverText("42[\"presence:joining\",\"presence-market.BTC\",{\"user_id\":2,\"user_info\":{\"id\":2}}]");
        assertThat(a.events).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("presence:joining");
            assertThat(e.payload().node().get("user_id").asInt()).isEqualTo(2);
        });
    }

    @Test
    void malformedFramesAreReportedToEveryListenerAndLaterEventsStillArrive() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        echo.subscribe(EchoChannel.of("ticker"), b);
        echo.subscribe(EchoChannel.of("App.Orders"), b);
        ws.serverText("42[\"App\\\\Events\\\\X\",");
        ws.serverText("42[\"NoArguments\"]");
        ws.serverText("47");
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\"]");
        assertThat(a.errors).hasSize(4).allMatch(e -> e instanceof MalformedPacketException);
        assertThat(b.errors).hasSize(4); // once per listener, not per channel
        ws.serverText(BALANCE);
        assertThat(a.events).hasSize(1);
        assertThat(echo.health().state()).isEqualTo(SessionState.OPEN);
    }

    @Test
    void theApiKeyNeverShowsInMessagesOrToString() {
        FakeWebSocket ws = connect();
        EchoSubscription s = echo.subscribe(EchoChannel.privateUser(1), a);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",403]");
        ws.serverText("42[\"x\",");
        ws.serverClose(1005, "");
        assertThat(echo.toString()).doesNotContain(KEY).contains("127.0.0.1:6001");
        assertThat(s.toString()).doesNotContain(KEY);
        assertThat(echo.health().describe()).doesNotContain(KEY);
        assertThat(a.errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThat(a.refusals).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        EchoConnectionRegistry.Key key = new EchoConnectionRegistry.Key(URI.create("ws://127.0.0.1:6001"), KEY,
                EngineIoVersion.V3);
        assertThat(key.toString()).doesNotContain(KEY).contains("****");
    }

    @Test
    void closeStopsEverything() {
        FakeWebSocket ws = connect();
        echo.subscribe(EchoChannel.privateUser(1), a);
        ws.serverText("42[\"subscription_error\",\"private-App.User.1\",500]");
        echo.close();
        advance(600_000);
        assertThat(echo.health().state()).isEqualTo(SessionState.CLOSED);
        assertThat(connector.count()).isEqualTo(1);
        assertThat(ws.sent()).containsExactly(SUB_USER1, "41");
        assertThat(ws.closeSent()).isEqualTo(1000);
    }
}
