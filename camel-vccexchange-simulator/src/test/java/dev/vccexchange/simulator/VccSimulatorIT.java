package dev.vccexchange.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.simulator.engine.Market;
import dev.vccexchange.simulator.engine.MarketMaker;
import dev.vccexchange.simulator.engine.MatchingEngine;
import dev.vccexchange.simulator.engine.Trade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class VccSimulatorIT {

    @Test
    void marketMakerIsDeterministicForASeed() {
        assertThat(tape(11)).isEqualTo(tape(11)).isNotEqualTo(tape(12));
    }

    private static List<String> tape(long seed) {
        AtomicLong clock = new AtomicLong(1_700_000_000_000L);
        MatchingEngine e = new MatchingEngine(Market.defaults(), SimulatorEvents.NONE, clock::incrementAndGet);
        MarketMaker mm = new MarketMaker(e, seed);
        mm.seed();
        for (int i = 0; i < 50; i++) {
            mm.tick();
        }
        List<String> out = new ArrayList<>();
        for (Market m : e.markets()) {
            for (Trade t : e.trades(m)) {
                out.add(m.id() + " " + t.price().toPlainString() + " " + t.quantity().toPlainString() + " " + t.takerSide());
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(40);
        return out;
    }

    @Test
    void tapeMovesAtTradeRateAndListenersSeeEvents() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (VccSimulator sim = VccSimulator.builder().tradeRate(20).seed(3).build().start()) {
            sim.addListener((channel, event, payload) -> seen.add(channel + " " + event));
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("App.Orders App\\Events\\OrderTransactionCreated"));
            assertThat(seen).contains("App.OrderBook App\\Events\\OrderBookUpdated", "App.Prices App\\Events\\PricesUpdated");
            assertThat(sim.ledger().publicEvents()).isNotEmpty();
            long last = 0;
            for (var e : sim.ledger().all()) {
                assertThat(e.seq()).isEqualTo(last + 1 == 1 ? e.seq() : last + 1);
                last = e.seq();
            }
            // The Laravel Echo socket is plugged in by default (META-INF/services).
            assertThat(sim.socketUrl()).startsWith("ws://127.0.0.1:");
        }
    }

    @Test
    void pluggedSocketServerReceivesEveryEventAndAuthorizesUsers() throws Exception {
        List<JsonNode> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        SocketContext[] ctx = new SocketContext[1];
        SocketServerFactory factory = (port, context) -> {
            ctx[0] = context;
            return new SocketServerFactory.PluggedSocketServer() {
                public void start() { }
                public String url() { return "ws://127.0.0.1:6001"; }
                public Object faults() { return "faults"; }
                public void close() { }
                public void publish(String channel, String event, JsonNode payload) { received.add(payload); }
            };
        };
        try (VccSimulator sim = VccSimulator.builder().tradeRate(0).socketServerFactory(factory).build().start()) {
            assertThat(sim.socketUrl()).isEqualTo("ws://127.0.0.1:6001");
            assertThat(sim.socketFaults()).isEqualTo("faults");
            long before = sim.ledger().lastSeq(); // initial deposits happen before the socket server starts
            int already = received.size();
            sim.engine().place(1, Map.of("coin", "btc", "currency", "usdt", "trade_type", "buy", "type", "limit",
                    "quantity", "0.01", "price", "50000"));
            assertThat(received.subList(already, received.size()).stream().map(JsonNode::toString).toList())
                    .containsExactlyElementsOf(sim.ledger().since(before).stream().map(e -> e.payloadJson()).toList());
            assertThat(ctx[0].authorize("private-App.User.1", Map.of("Authorization", "Bearer demo-key"))).isEqualTo(200);
            assertThat(ctx[0].authorize("private-App.User.2", Map.of("Authorization", "Bearer demo-key"))).isEqualTo(403);
            assertThat(ctx[0].authorize("private-App.User.1", Map.of("Authorization", "Bearer nope"))).isEqualTo(401);
            assertThat(ctx[0].authorize("App.Orders", Map.of())).isEqualTo(200);
        }
    }
}
