package dev.vccexchange.camel.conformance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.vccexchange.camel.VccExchangeConstants;
import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.model.event.BalanceUpdated;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's contract with a socket.io server, run unchanged against the real laravel-echo-server (EIO3),
 * a real socket.io 4 server (EIO4) and the simulator's socket, so the three cannot drift apart. Each peer sits
 * behind a {@link FaultyTcpProxy} for the faults only TCP can make (reset, a link that goes silent).
 *
 * <p>Peers are started with pingInterval 1000 ms / pingTimeout 1000 ms, so "noticed at once" (well under a second)
 * is distinguishable from "noticed at the next heartbeat" (up to 2 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
abstract class ConsumerConformanceContract {

    static final Duration PING_INTERVAL = Duration.ofMillis(1000);
    static final Duration PING_TIMEOUT = Duration.ofMillis(1000);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private ConformancePeer peer;
    private FaultyTcpProxy proxy;
    private CamelContext camel;
    private final BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
    final List<Throwable> reported = new CopyOnWriteArrayList<>();

    /** Starts the peer under test. */
    abstract ConformancePeer startPeer();

    @BeforeAll
    void startPeerAndProxy() {
        peer = startPeer();
        proxy = FaultyTcpProxy.start(peer.socketUrl().getPort());
    }

    @AfterAll
    void stopPeerAndProxy() {
        if (proxy != null) {
            proxy.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @BeforeEach
    void newCamel() {
        received.clear();
        reported.clear();
        proxy.freeze(false);
        peer.failAuthorizations(false);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("collectErrors", (ExceptionHandler) new CollectingExceptionHandler(reported));
    }

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
        await().atMost(WAIT).until(() -> peer.socketCount() == 0);
    }

    private String uri(String stream, String options) {
        return "vccexchange:" + stream + "?socketUrl=" + proxy.wrap(peer.socketUrl()) + "&engineIoVersion="
               + peer.engineIoVersion() + "&reconnectDelay=100&reconnectMaxDelay=500&connectTimeout=3000"
               + "&exceptionHandler=#collectErrors" + (options.isEmpty() ? "" : "&" + options);
    }

    void consume(String routeId, String stream, String options) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(stream, options)).routeId(routeId).process(received::add);
            }
        });
        if (!camel.isStarted()) {
            camel.start();
        } else {
            camel.getRouteController().startRoute(routeId);
        }
    }

    Exchange next() throws InterruptedException {
        Exchange exchange = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(exchange).as("an event within %s", WAIT).isNotNull();
        return exchange;
    }

    String health(String routeId) {
        // "full": by default Camel reports only the first check when all are UP.
        return HealthCheckHelper.invokeReadiness(camel, "full").stream()
                .filter(r -> r.getCheck().getId().equals("consumer:" + routeId))
                .map(r -> r.getState().name()).findFirst().orElse("MISSING");
    }

    void awaitSubscribed(String channel) {
        await().atMost(WAIT).until(() -> peer.hasSubscriber(channel));
    }

    /** Publishes until one arrives: proves the subscription is live again after a fault. */
    Exchange publishUntilDelivered(String channel, String event, String data) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            peer.publish(channel, event, data);
            return received.poll(150, TimeUnit.MILLISECONDS);
        }, e -> e != null);
    }

    @Test
    void publicChannelDeliversOneExchangePerEventWithItsHeaders() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");

        peer.publish("App.Prices", "App\\Events\\TickerUpdated", "{\"pair\":\"BTC/USD\",\"last\":\"65000.10\"}");
        peer.publish("App.Prices", "App\\Events\\TickerUpdated", "{\"pair\":\"ETH/USD\",\"last\":\"3000.5\"}");

        Exchange first = next();
        Exchange second = next();
        assertThat(first.getMessage().getBody()).isEqualTo(Map.of("pair", "BTC/USD", "last", "65000.10"));
        assertThat(second.getMessage().getBody(Map.class)).containsEntry("pair", "ETH/USD");
        assertThat(first.getMessage().getHeader(VccExchangeConstants.EVENT)).isEqualTo("App\\Events\\TickerUpdated");
        assertThat(first.getMessage().getHeader(VccExchangeConstants.CHANNEL)).isEqualTo("App.Prices");
        assertThat(first.getMessage().getHeader(VccExchangeConstants.RECEIVED_AT, Long.class))
                .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
        assertThat(received).isEmpty();
        assertThat(health("prices")).isEqualTo("UP");
    }

    @Test
    void privateChannelSubscribesWithTheBearerKeyAndDeliversTypedBodies() throws Exception {
        consume("balance", "balance", "userId=1&apiKey=" + ConformancePeer.USER1_KEY);
        awaitSubscribed("private-App.User.1");

        peer.publish("private-App.User.1", "App\\Events\\BalanceUpdated",
                     "{\"data\":{\"btc\":{\"balance\":\"1.5\",\"available_balance\":1.25}},\"socket\":null}");

        Exchange exchange = next();
        BalanceUpdated body = exchange.getMessage().getBody(BalanceUpdated.class);
        assertThat(body.balances().get("btc").balance()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(body.balances().get("btc").availableBalance()).isEqualByComparingTo(new BigDecimal("1.25"));
        assertThat(exchange.getMessage().getBody(String.class)).contains("btc").contains("1.5");
        assertThat(exchange.getMessage().getBody(Map.class)).isNotEmpty();
    }

    @Test
    void refusedPrivateChannelIsReportedOnceWithItsStatusAndHealthGoesDown() throws Exception {
        consume("intruder", "balance", "userId=1&apiKey=intruder-key");

        await().atMost(WAIT).until(() -> reported.stream().anyMatch(SubscriptionRefusedException.class::isInstance));
        SubscriptionRefusedException refusal = reported.stream().filter(SubscriptionRefusedException.class::isInstance)
                .map(SubscriptionRefusedException.class::cast).findFirst().orElseThrow();
        assertThat(refusal.channel()).isEqualTo("private-App.User.1");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.permanent()).isTrue();
        assertThat(refusal.getMessage()).doesNotContain("intruder-key");
        assertThat(health("intruder")).isEqualTo("DOWN");
        // No retry loop: the refusal stands, the channel is not asked for again.
        int asked = peer.authorizations("private-App.User.1");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> peer.authorizations("private-App.User.1") == asked);
        assertThat(camel.getRouteController().getRouteStatus("intruder")).isEqualTo(ServiceStatus.Started);
    }

    @Test
    void aFailingAuthBackendIsRetriedUntilTheChannelIsJoined() throws Exception {
        peer.failAuthorizations(true);
        consume("balance", "balance", "userId=1&apiKey=" + ConformancePeer.USER1_KEY);
        await().atMost(WAIT).until(() -> reported.stream().anyMatch(e -> e instanceof SubscriptionRefusedException r
                                                                          && r.status() == 500 && !r.permanent()));
        peer.failAuthorizations(false);

        awaitSubscribed("private-App.User.1");
        Exchange exchange = publishUntilDelivered("private-App.User.1", "App\\Events\\BalanceUpdated",
                                                  "{\"data\":{\"usdt\":{\"balance\":\"10\",\"available_balance\":\"10\"}},"
                                                  + "\"socket\":null}");
        assertThat(exchange.getMessage().getBody()).isInstanceOf(BalanceUpdated.class);
    }

    @Test
    void aCleanServerCloseIsNoticedAtOnceAndEverySubscriptionIsSentAgain() throws Exception {
        // One account (same socketUrl + apiKey): both consumers share one socket.
        consume("prices", "channel", "channel=App.Prices&apiKey=" + ConformancePeer.USER1_KEY);
        consume("balance", "balance", "userId=1&apiKey=" + ConformancePeer.USER1_KEY);
        awaitSubscribed("App.Prices");
        awaitSubscribed("private-App.User.1");
        assertThat(peer.socketCount()).as("both consumers share one socket").isEqualTo(1);

        long closedAt = System.nanoTime();
        peer.closeAll();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20))
                .until(() -> !"UP".equals(health("prices")) || peer.socketCount() == 0);
        awaitSubscribed("App.Prices");
        awaitSubscribed("private-App.User.1");
        // Reconnect delay 100-150 ms: far under pingInterval + pingTimeout (2 s), so the close frame was seen.
        assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).isLessThan(Duration.ofMillis(1800));

        publishUntilDelivered("App.Prices", "App\\Events\\TickerUpdated", "{\"n\":1}");
        publishUntilDelivered("private-App.User.1", "App\\Events\\BalanceUpdated",
                              "{\"data\":{\"btc\":{\"balance\":\"2\",\"available_balance\":\"2\"}},\"socket\":null}");
        await().atMost(WAIT).until(() -> "UP".equals(health("prices")) && "UP".equals(health("balance")));
    }

    @Test
    void aSocketIoDisconnectLeadsToAReconnect() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");

        peer.disconnectAll();

        awaitSubscribed("App.Prices");
        publishUntilDelivered("App.Prices", "App\\Events\\TickerUpdated", "{\"after\":\"41\"}");
    }

    @Test
    void aTcpResetLeadsToAReconnectAndResubscription() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");

        proxy.drop();

        publishUntilDelivered("App.Prices", "App\\Events\\TickerUpdated", "{\"after\":\"reset\"}");
        assertThat(reported).as("the reset is reported through the exception handler").isNotEmpty();
    }

    @Test
    void aLinkThatGoesSilentIsDetectedByTheHeartbeatAndHealed() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");
        await().atMost(WAIT).until(() -> "UP".equals(health("prices")));

        proxy.freeze(true);
        // Dead after at most pingInterval + pingTimeout (plus scheduling slack).
        await().atMost(Duration.ofSeconds(5)).until(() -> "DOWN".equals(health("prices")));
        proxy.freeze(false);

        publishUntilDelivered("App.Prices", "App\\Events\\TickerUpdated", "{\"after\":\"silence\"}");
        await().atMost(WAIT).until(() -> "UP".equals(health("prices")));
    }

    @Test
    void suspendUnsubscribesAndResumeSubscribesAgain() throws Exception {
        consume("prices", "channel", "channel=App.Prices");
        awaitSubscribed("App.Prices");

        camel.getRouteController().suspendRoute("prices");
        await().atMost(WAIT).until(() -> !peer.hasSubscriber("App.Prices"));
        peer.publish("App.Prices", "App\\Events\\TickerUpdated", "{\"while\":\"suspended\"}");
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();

        camel.getRouteController().resumeRoute("prices");
        awaitSubscribed("App.Prices");
        assertThat(publishUntilDelivered("App.Prices", "App\\Events\\TickerUpdated", "{\"after\":\"resume\"}")
                .getMessage().getBody(Map.class)).containsEntry("after", "resume");
    }

    @Test
    void theSocketClosesWhenTheLastConsumerOfTheAccountStops() throws Exception {
        consume("prices", "channel", "channel=App.Prices&apiKey=" + ConformancePeer.USER1_KEY);
        consume("orders", "orders", "userId=1&apiKey=" + ConformancePeer.USER1_KEY);
        awaitSubscribed("App.Prices");
        awaitSubscribed("private-App.User.1");
        assertThat(peer.socketCount()).isEqualTo(1);

        camel.getRouteController().stopRoute("prices");
        await().atMost(WAIT).until(() -> !peer.hasSubscriber("App.Prices"));
        assertThat(peer.socketCount()).as("orders still uses it").isEqualTo(1);

        camel.getRouteController().stopRoute("orders");
        await().atMost(WAIT).until(() -> peer.socketCount() == 0);
    }

    /** Collects what the consumer reports, as a user's exceptionHandler would. */
    static final class CollectingExceptionHandler implements ExceptionHandler {
        final List<Throwable> reported;

        CollectingExceptionHandler(List<Throwable> reported) {
            this.reported = reported;
        }

        @Override
        public void handleException(Throwable exception) {
            reported.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            reported.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            reported.add(exception);
        }
    }
}
