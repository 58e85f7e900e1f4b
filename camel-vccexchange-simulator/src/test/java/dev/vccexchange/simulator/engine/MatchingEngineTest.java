package dev.vccexchange.simulator.engine;

import dev.vccexchange.simulator.ledger.EventLedger;
import dev.vccexchange.simulator.ledger.LedgerEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchingEngineTest {

    static final long ALICE = 1;
    static final long BOB = 2;
    static final long CAROL = 3;

    EventLedger ledger;
    MatchingEngine engine;
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);

    @BeforeEach
    void setUp() {
        ledger = new EventLedger(100_000);
        engine = new MatchingEngine(Market.defaults(), ledger, clock::incrementAndGet);
        for (long u : List.of(ALICE, BOB, CAROL)) {
            engine.deposit(u, "btc", bd("10"));
            engine.deposit(u, "eth", bd("100"));
            engine.deposit(u, "usdt", bd("1000000"));
        }
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static Map<String, String> order(String side, String type, String qty, String price) {
        Map<String, String> p = new HashMap<>();
        p.put("coin", "btc");
        p.put("currency", "usdt");
        p.put("trade_type", side);
        p.put("type", type);
        if (qty != null) {
            p.put("quantity", qty);
        }
        if (price != null) {
            p.put("price", price);
        }
        return p;
    }

    /** A ceiling_market order: {@code ceiling} is the quote to spend (buy) or to receive (sell). */
    static Map<String, String> ceilingOrder(String side, String ceiling) {
        Map<String, String> p = order(side, "ceiling_market", null, null);
        p.put("ceiling", ceiling);
        return p;
    }

    OrderView limit(long user, String side, String qty, String price) {
        return engine.place(user, order(side, "limit", qty, price));
    }

    void assertBalance(long user, String cur, String balance, String available) {
        Balance b = engine.balance(user, cur);
        assertThat(b.balance()).as(user + " " + cur + " balance").isEqualByComparingTo(balance);
        assertThat(b.available()).as(user + " " + cur + " available").isEqualByComparingTo(available);
    }

    @Test
    void restingLimitOrdersLockFunds() {
        OrderView buy = limit(ALICE, "buy", "0.5", "60000");
        OrderView sell = limit(BOB, "sell", "0.25", "61000");
        assertThat(buy.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(sell.status()).isEqualTo(OrderStatus.PENDING);
        assertBalance(ALICE, "usdt", "1000000", "970000");
        assertBalance(BOB, "btc", "10", "9.75");
    }

    @Test
    void crossingLimitOrdersFillAtMakerPriceWithExactFees() {
        limit(BOB, "sell", "1", "60000");
        OrderView buy = limit(ALICE, "buy", "1", "60000");
        assertThat(buy.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(buy.fee()).isEqualByComparingTo("0.002"); // buyer pays in btc
        assertBalance(ALICE, "usdt", "940000", "940000");
        assertBalance(ALICE, "btc", "10.998", "10.998");
        assertBalance(BOB, "btc", "9", "9");
        assertBalance(BOB, "usdt", "1059880", "1059880"); // 60000 - 0.2 % = 59880
        assertThat(engine.openOrders(BOB)).isEmpty();
        assertThat(engine.userTrades(ALICE)).singleElement().satisfies(t -> {
            assertThat(t.price()).isEqualByComparingTo("60000");
            assertThat(t.takerSide()).isEqualTo(Side.BUY);
            assertThat(t.sellFee()).isEqualByComparingTo("120");
        });
    }

    @Test
    void partialFillReleasesPriceImprovementAndKeepsRemainderLocked() {
        OrderView sell = limit(BOB, "sell", "1", "60000");
        OrderView buy = limit(ALICE, "buy", "0.4", "61000");
        assertThat(buy.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(buy.executedPrice()).isEqualByComparingTo("60000");
        // Alice paid 0.4 * 60000 = 24000, nothing stays locked although she bid 61000
        assertBalance(ALICE, "usdt", "976000", "976000");
        assertBalance(ALICE, "btc", "10.3992", "10.3992");
        OrderView s = engine.order(BOB, sell.id());
        assertThat(s.status()).isEqualTo(OrderStatus.EXECUTING);
        assertThat(s.executedQuantity()).isEqualByComparingTo("0.4");
        assertThat(s.locked()).isEqualByComparingTo("0.6");
        assertBalance(BOB, "btc", "9.6", "9");
        assertBalance(BOB, "usdt", "1023952", "1023952");
        assertThat(engine.levels(engine.market("btc", "usdt"), Side.SELL, 0)).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("0.6"));
    }

    @Test
    void levelTotalsFollowFillsAndCancels() {
        Market btc = engine.market("btc", "usdt");
        OrderView a = limit(BOB, "sell", "0.5", "60000");
        OrderView b = limit(CAROL, "sell", "0.5", "60000");
        limit(CAROL, "sell", "0.25", "60100");
        limit(ALICE, "buy", "0.7", "60000"); // fills a, 0.2 of b
        assertThat(engine.levels(btc, Side.SELL, 0)).extracting(BookLevel::price, BookLevel::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bd("60000"), 1),
                                 org.assertj.core.groups.Tuple.tuple(bd("60100"), 1));
        assertThat(engine.levels(btc, Side.SELL, 1).get(0).quantity()).isEqualByComparingTo("0.3");
        limit(BOB, "sell", "0.4", "60000");
        assertThat(engine.levels(btc, Side.SELL, 1).get(0).quantity()).isEqualByComparingTo("0.7");
        engine.cancel(CAROL, b.id());
        assertThat(engine.levels(btc, Side.SELL, 1).get(0)).satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("0.4");
            assertThat(l.count()).isEqualTo(1);
        });
        assertThat(engine.order(BOB, a.id()).status()).isEqualTo(OrderStatus.EXECUTED);
    }

    @Test
    void cancelingFromTheMiddleOfALevelKeepsTimePriority() {
        OrderView first = limit(BOB, "sell", "0.1", "60000");
        OrderView middle = limit(CAROL, "sell", "0.1", "60000");
        OrderView last = limit(BOB, "sell", "0.1", "60000");
        engine.cancel(CAROL, middle.id());
        limit(ALICE, "buy", "0.15", "60000");
        assertThat(engine.order(BOB, first.id()).status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(engine.order(BOB, last.id()).executedQuantity()).isEqualByComparingTo("0.05");
        assertThat(engine.order(CAROL, middle.id()).executedQuantity()).isEqualByComparingTo("0");
        assertThat(engine.levels(engine.market("btc", "usdt"), Side.SELL, 1)).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("0.05");
            assertThat(l.count()).isEqualTo(1);
        });
    }

    @Test
    void takerRestsWithRemainderAsExecuting() {
        limit(BOB, "sell", "0.3", "60000");
        OrderView buy = limit(ALICE, "buy", "1", "60000");
        assertThat(buy.status()).isEqualTo(OrderStatus.EXECUTING);
        assertThat(buy.locked()).isEqualByComparingTo("42000");
        assertBalance(ALICE, "usdt", "982000", "940000");
    }

    @Test
    void priceTimePriority() {
        OrderView a = limit(BOB, "sell", "0.5", "60000");
        OrderView b = limit(CAROL, "sell", "0.5", "60000");
        OrderView c = limit(CAROL, "sell", "0.5", "59900");
        limit(ALICE, "buy", "1.2", "60000");
        List<Trade> trades = engine.userTrades(ALICE); // newest first
        assertThat(trades).extracting(Trade::sellOrderId).containsExactly(b.id(), a.id(), c.id());
        assertThat(trades).extracting(Trade::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("0.2"), bd("0.5"), bd("0.5"));
        assertThat(engine.order(BOB, a.id()).status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(engine.order(CAROL, b.id()).status()).isEqualTo(OrderStatus.EXECUTING);
        assertThat(engine.order(CAROL, b.id()).executedQuantity()).isEqualByComparingTo("0.2");
    }

    @Test
    void marketBuyWalksTheBookAndLocksOnlyWhatItSpends() {
        limit(BOB, "sell", "0.1", "60000");
        limit(BOB, "sell", "0.1", "60100");
        OrderView m = engine.place(ALICE, order("buy", "market", "0.15", null));
        assertThat(m.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(m.price()).isNull();
        assertThat(m.executedQuantity()).isEqualByComparingTo("0.15");
        // 0.1 * 60000 + 0.05 * 60100 = 9005
        assertBalance(ALICE, "usdt", "990995", "990995");
        assertBalance(ALICE, "btc", "10.1497", "10.1497");
        assertThat(m.executedPrice()).isEqualByComparingTo("60033.333333");
    }

    @Test
    void marketSellAgainstBidsAndRemainderOfThinBookIsCanceled() {
        limit(BOB, "buy", "0.1", "59000");
        OrderView m = engine.place(ALICE, order("sell", "market", "0.3", null));
        assertThat(m.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(m.executedQuantity()).isEqualByComparingTo("0.1");
        assertBalance(ALICE, "btc", "9.9", "9.9");
        assertBalance(ALICE, "usdt", "1005888.2", "1005888.2"); // 5900 - 11.8
    }

    @Test
    void ceilingMarketSpendsUpToCeiling() {
        limit(BOB, "sell", "0.001", "60000");
        limit(BOB, "sell", "1", "61000");
        Map<String, String> p = ceilingOrder("buy", "100");
        OrderView o = engine.place(ALICE, p);
        assertThat(o.status()).isEqualTo(OrderStatus.EXECUTED);
        // 60 at 60000, then floor(40 / 61000, 6) = 0.000655 at 61000 = 39.955
        assertThat(o.executedQuantity()).isEqualByComparingTo("0.001655");
        assertThat(o.quantity()).isEqualByComparingTo("0.001655");
        assertBalance(ALICE, "usdt", "999900.045", "999900.045");
    }

    @Test
    void ceilingMarketSellReceivesUpToCeiling() {
        limit(ALICE, "buy", "0.001", "60000");
        limit(ALICE, "buy", "1", "59000");
        Map<String, String> p = ceilingOrder("sell", "100");
        OrderView o = engine.place(BOB, p);
        assertThat(o.status()).isEqualTo(OrderStatus.EXECUTED);
        // 60 at 60000, then floor(40 / 59000, 6) = 0.000677 at 59000 = 39.943
        assertThat(o.executedQuantity()).isEqualByComparingTo("0.001677");
        assertThat(o.quantity()).isEqualByComparingTo("0.001677");
        assertThat(o.locked()).isEqualByComparingTo("0");
        assertBalance(BOB, "btc", "9.998323", "9.998323");
        // 99.943 received, less the 0.2 % fee
        assertBalance(BOB, "usdt", "1000099.743114", "1000099.743114");
    }

    @Test
    void ceilingMarketSellNeedsTheCoinItWouldSell() {
        limit(ALICE, "buy", "15", "60000");
        Map<String, String> p = ceilingOrder("sell", "660000"); // 11 btc at 60000; Bob has 10
        assertThatThrownBy(() -> engine.place(BOB, p)).isInstanceOf(EngineException.class)
                .hasMessageContaining("Insufficient balance");
        assertBalance(BOB, "btc", "10", "10");
        Map<String, String> noBids = ceilingOrder("sell", "100");
        engine.cancelAll(ALICE);
        OrderView unfilled = engine.place(BOB, noBids);
        assertThat(unfilled.status()).isEqualTo(OrderStatus.CANCELED);
        assertBalance(BOB, "btc", "10", "10");
    }

    @Test
    void aStopCeilingMarketSellLocksAndSellsWhenItTriggers() {
        Map<String, String> p = ceilingOrder("sell", "100");
        p.put("is_stop", "1");
        p.put("stop_price", "59500");
        p.put("stop_condition", "le");
        OrderView stop = engine.place(BOB, p);
        assertThat(stop.status()).isEqualTo(OrderStatus.STOPPING);
        assertBalance(BOB, "btc", "10", "10"); // nothing locked until the book is known

        limit(ALICE, "buy", "1", "59000");
        limit(CAROL, "sell", "0.01", "59000"); // last price 59000 <= 59500: the stop triggers

        OrderView done = engine.order(BOB, stop.id());
        assertThat(done.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(done.executedQuantity()).isEqualByComparingTo("0.001694"); // floor(100 / 59000, 6)
        assertThat(done.locked()).isEqualByComparingTo("0");
        assertBalance(BOB, "btc", "9.998306", "9.998306");
    }

    @Test
    void stopGeTriggersWhenLastPriceReachesStopPrice() {
        Map<String, String> p = order("buy", "limit", "0.1", "62000");
        p.put("is_stop", "1");
        p.put("stop_price", "61000");
        p.put("stop_condition", "ge");
        OrderView stop = engine.place(CAROL, p);
        assertThat(stop.status()).isEqualTo(OrderStatus.STOPPING);
        assertBalance(CAROL, "usdt", "1000000", "993800");

        limit(BOB, "sell", "0.01", "60000");
        limit(ALICE, "buy", "0.01", "60000");
        assertThat(engine.order(CAROL, stop.id()).status()).isEqualTo(OrderStatus.STOPPING);

        limit(BOB, "sell", "0.01", "61000");
        limit(ALICE, "buy", "0.01", "61000");
        OrderView triggered = engine.order(CAROL, stop.id());
        assertThat(triggered.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(engine.levels(engine.market("btc", "usdt"), Side.BUY, 1)).singleElement()
                .satisfies(l -> assertThat(l.price()).isEqualByComparingTo("62000"));
    }

    @Test
    void stopLeMarketSellTriggersAndFills() {
        Map<String, String> p = order("sell", "market", "0.05", null);
        p.put("is_stop", "1");
        p.put("stop_price", "59000");
        p.put("stop_condition", "le");
        OrderView stop = engine.place(CAROL, p);
        assertThat(stop.status()).isEqualTo(OrderStatus.STOPPING);
        assertBalance(CAROL, "btc", "10", "9.95");
        limit(BOB, "buy", "1", "58000");  // resting bid the stop will hit
        limit(ALICE, "sell", "0.01", "59500");
        limit(BOB, "buy", "0.01", "59500"); // last = 59500: not yet
        assertThat(engine.order(CAROL, stop.id()).status()).isEqualTo(OrderStatus.STOPPING);
        limit(ALICE, "sell", "0.01", "58000"); // last = 58000 <= 59000
        OrderView done = engine.order(CAROL, stop.id());
        assertThat(done.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(done.executedPrice()).isEqualByComparingTo("58000");
        assertBalance(CAROL, "btc", "9.95", "9.95");
    }

    @Test
    void cancelOneAllAndByTypeReleaseFunds() {
        OrderView b1 = limit(ALICE, "buy", "0.1", "50000");
        limit(ALICE, "buy", "0.1", "51000");
        limit(ALICE, "sell", "0.2", "70000");
        Map<String, String> stop = ceilingOrder("buy", "1000");
        stop.put("is_stop", "1");
        stop.put("stop_price", "65000");
        stop.put("stop_condition", "ge");
        engine.place(ALICE, stop);
        assertBalance(ALICE, "usdt", "1000000", "988900");
        assertBalance(ALICE, "btc", "10", "9.8");

        assertThat(engine.cancel(ALICE, b1.id()).status()).isEqualTo(OrderStatus.CANCELED);
        assertBalance(ALICE, "usdt", "1000000", "993900");
        assertThat(engine.cancel(ALICE, b1.id()).status()).as("idempotent").isEqualTo(OrderStatus.CANCELED);

        assertThat(engine.cancelByType(ALICE, "ceiling_market")).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELED));
        assertBalance(ALICE, "usdt", "1000000", "994900");

        assertThat(engine.cancelAll(ALICE)).hasSize(2).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELED));
        assertBalance(ALICE, "usdt", "1000000", "1000000");
        assertBalance(ALICE, "btc", "10", "10");
        assertThat(engine.openOrders(ALICE)).isEmpty();
        assertThat(engine.levels(engine.market("btc", "usdt"), Side.BUY, 0)).isEmpty();
        assertThatThrownBy(() -> engine.cancel(BOB, b1.id())).isInstanceOf(EngineException.class)
                .extracting(e -> ((EngineException) e).kind()).isEqualTo(EngineException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> engine.cancelByType(ALICE, "bogus")).isInstanceOf(EngineException.class);
    }

    void assertInvalid(Map<String, String> p, String field, String message) {
        assertThatThrownBy(() -> engine.place(ALICE, p)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.kind()).isEqualTo(EngineException.Kind.VALIDATION);
            assertThat(e.errors()).containsEntry(field, List.of(message));
        });
    }

    @Test
    void validation() {
        assertInvalid(order("buy", "limit", "0.1", null), "price", "The price field is required when type is limit.");
        Map<String, String> pair = order("buy", "limit", "0.1", "60000");
        pair.put("coin", "doge");
        assertInvalid(pair, "coin", "Trading pair is invalid");
        assertInvalid(order("hold", "limit", "0.1", "60000"), "trade_type", "The selected trade type is invalid.");
        assertInvalid(order("buy", "stop_limit", "0.1", "60000"), "type", "The selected type is invalid.");
        assertInvalid(order("buy", "limit", "0.00001", "60000"), "quantity", "The quantity must be at least 0.0001.");
        assertInvalid(order("buy", "limit", "0.0000001", "60000"), "quantity",
                "The quantity may not have more than 6 decimal places.");
        assertInvalid(order("buy", "limit", "0.1", "60000.001"), "price",
                "The price may not have more than 2 decimal places.");
        assertInvalid(order("buy", "limit", "0.0001", "60000"), "quantity", "The amount must be at least 10 usdt.");
        Map<String, String> stop = order("buy", "limit", "0.1", "60000");
        stop.put("is_stop", "1");
        stop.put("stop_price", "61000");
        stop.put("stop_condition", "gt");
        assertInvalid(stop, "stop_condition", "The selected stop condition is invalid.");
        // trailing zeros within precision are fine
        assertThat(limit(ALICE, "buy", "0.001000", "10000.00").status()).isEqualTo(OrderStatus.PENDING);
        assertThat(engine.orders(ALICE)).hasSize(1);
    }

    @Test
    void insufficientBalanceChangesNothing() {
        assertThatThrownBy(() -> limit(ALICE, "buy", "100", "60000")).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.INSUFFICIENT_BALANCE));
        assertThatThrownBy(() -> limit(ALICE, "sell", "10.000001", "60000")).isInstanceOf(EngineException.class);
        assertThat(engine.orders(ALICE)).isEmpty();
        assertBalance(ALICE, "usdt", "1000000", "1000000");
    }

    @Test
    void placedAndFilledOrderEmitsEventsInOrder() {
        limit(BOB, "sell", "0.1", "60000");
        long before = ledger.lastSeq();
        OrderView buy = limit(ALICE, "buy", "0.1", "60000");
        List<LedgerEntry> mine = ledger.since(before).stream()
                .filter(e -> e.channel().equals("private-App.User.1")).toList();
        assertThat(mine).extracting(LedgerEntry::event).containsExactly(
                "App\\Events\\OrderChanged", "App\\Events\\OrderListUpdated", "App\\Events\\BalanceUpdated",
                "App\\Events\\OrderChanged", "App\\Events\\OrderListUpdated", "App\\Events\\BalanceUpdated");
        assertThat(mine.get(0).data().path("order").path("status").asText()).isEqualTo("pending");
        assertThat(mine.get(0).data().path("action").asText()).isEqualTo("created");
        assertThat(mine.get(0).payload().has("socket")).isTrue();
        assertThat(mine.get(0).payload().get("socket").isNull()).isTrue();
        assertThat(mine.get(3).data().path("order").path("status").asText()).isEqualTo("executed");
        assertThat(mine.get(3).data().path("order").path("id").asLong()).isEqualTo(buy.id());
        assertThat(mine.get(3).data().path("message").isNull()).isTrue();
        assertThat(mine.get(4).data().toString()).isEqualTo("{\"currency\":\"usdt\",\"action\":\"matched\"}");
        assertThat(mine.get(5).data().path("usdt").path("balance").asText()).isEqualTo("994000");
        assertThat(mine.get(5).data().path("btc").path("available_balance").asText()).isEqualTo("10.0998");
        assertThat(mine).extracting(LedgerEntry::channelSeq).isSorted();

        List<LedgerEntry> pub = ledger.since(before).stream().filter(e -> !e.channel().startsWith("private-")).toList();
        assertThat(pub).extracting(LedgerEntry::channel).containsExactly("App.Orders", "App.OrderBook", "App.Prices");
        var tx = pub.get(0).data();
        assertThat(tx.path("orderTransaction").path("price").asText()).isEqualTo("60000");
        assertThat(tx.path("orderTransaction").path("buy_fee").asText()).isEqualTo("0.0002");
        assertThat(tx.path("buyOrder").path("id").asLong()).isEqualTo(buy.id());
        assertThat(tx.path("sellOrder").path("trade_type").asText()).isEqualTo("sell");
        var book = pub.get(1).data();
        assertThat(book.path("isFullOrderBook").asBoolean()).isTrue();
        assertThat(book.path("tickerSize").asText()).isEqualTo("0.01");
        assertThat(book.path("orderBook").path("sell").size()).isZero();
        assertThat(pub.get(2).data().path("usdt_btc").path("price").asText()).isEqualTo("60000");
    }

    @Test
    void oneAccountCanFillItsOwnOrders() {
        limit(ALICE, "sell", "0.1", "60000");
        OrderView buy = limit(ALICE, "buy", "0.1", "60000");
        assertThat(buy.status()).isEqualTo(OrderStatus.EXECUTED);
        // 0.1 btc out, 0.0998 in; 6000 usdt out, 5988 in
        assertBalance(ALICE, "btc", "9.9998", "9.9998");
        assertBalance(ALICE, "usdt", "999988", "999988");
        assertThat(engine.userTrades(ALICE)).hasSize(1);
    }

    @Test
    void stopTriggersAtPlacementWhenLastPriceAlreadySatisfiesIt() {
        limit(BOB, "sell", "0.01", "60000");
        limit(ALICE, "buy", "0.01", "60000");
        Map<String, String> p = order("sell", "limit", "0.01", "70000");
        p.put("is_stop", "1");
        p.put("stop_price", "61000");
        p.put("stop_condition", "le");
        OrderView o = engine.place(CAROL, p);
        assertThat(engine.order(CAROL, o.id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(ledger.user(CAROL)).filteredOn(e -> e.event().endsWith("OrderChanged"))
                .extracting(e -> e.data().path("action").asText()).containsExactly("created", "triggered");
    }

    @Test
    void concurrentTradingConservesEveryCurrency() throws Exception {
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long user = List.of(ALICE, BOB, CAROL).get(t % 3);
            java.util.Random r = new java.util.Random(t);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    String side = r.nextBoolean() ? "buy" : "sell";
                    String price = String.valueOf(59_990 + r.nextInt(21));
                    try {
                        if (r.nextInt(10) == 0) {
                            engine.cancelAll(user);
                        } else if (r.nextInt(5) == 0) {
                            engine.place(user, order(side, "market", "0.001", null));
                        } else {
                            limit(user, side, "0.001", price);
                        }
                    } catch (EngineException e) {
                        // insufficient balance etc. is fine
                    }
                }
            }));
        }
        for (var f : futures) {
            f.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        engine.cancelEverything();
        BigDecimal btcFees = BigDecimal.ZERO;
        BigDecimal usdtFees = BigDecimal.ZERO;
        for (Trade t : engine.trades(engine.market("btc", "usdt"))) {
            btcFees = btcFees.add(t.buyFee());
            usdtFees = usdtFees.add(t.sellFee());
        }
        BigDecimal btc = BigDecimal.ZERO;
        BigDecimal usdt = BigDecimal.ZERO;
        for (long u : List.of(ALICE, BOB, CAROL)) {
            assertThat(engine.balance(u, "btc").locked()).isZero();
            assertThat(engine.balance(u, "usdt").locked()).isZero();
            btc = btc.add(engine.balance(u, "btc").balance());
            usdt = usdt.add(engine.balance(u, "usdt").balance());
        }
        assertThat(engine.trades(engine.market("btc", "usdt"))).isNotEmpty();
        assertThat(btc.add(btcFees)).isEqualByComparingTo("30");
        assertThat(usdt.add(usdtFees)).isEqualByComparingTo("3000000");
        assertThat(ledger.all()).extracting(LedgerEntry::seq).isSorted();
    }
}
