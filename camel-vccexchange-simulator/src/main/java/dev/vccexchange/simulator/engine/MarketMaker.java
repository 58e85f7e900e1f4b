package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Keeps the books and the tape moving: a market-maker user quotes around the last price and a trader user sends a
 * small market order per tick. Deterministic for a seed (one {@link Random}, one scheduler thread).
 *
 * <p>Thread: {@link #tick()} runs on the simulator's scheduler under the engine lock. Its users are silenced:
 * their private events are not emitted (no API key can subscribe to them); public events are.
 */
public final class MarketMaker {

    /** User id of the quoting account (no API key). */
    public static final long MAKER_USER = 900_001;
    /** User id of the account that takes liquidity (no API key). */
    public static final long TRADER_USER = 900_002;
    private static final int LEVELS = 5;
    private static final int MAX_ORDERS_PER_SIDE = 20;
    private static final BigDecimal STEP = new BigDecimal("0.001");

    private final MatchingEngine engine;
    private final Random random;

    public MarketMaker(MatchingEngine engine, long seed) {
        this.engine = engine;
        this.random = new Random(seed);
    }

    /** Funds both accounts and quotes {@value #LEVELS} levels each side of every market. */
    public void seed() {
        for (long user : List.of(MAKER_USER, TRADER_USER)) {
            engine.silence(user);
            engine.deposit(user, "btc", new BigDecimal("1000000"));
            engine.deposit(user, "eth", new BigDecimal("10000000"));
            engine.deposit(user, "usdt", new BigDecimal("1000000000000"));
        }
        for (Market m : engine.markets()) {
            for (int k = 1; k <= LEVELS; k++) {
                quote(m, Side.BUY, k);
                quote(m, Side.SELL, k);
            }
        }
    }

    /** One step: refresh one quote each side of a random market, trim old quotes, then one taker trade. */
    public void tick() {
        engine.locked(() -> {
            step();
            return null;
        }); // one lock: one OrderBookUpdated / PricesUpdated per tick
    }

    private void step() {
        List<Market> markets = engine.markets();
        Market m = markets.get(random.nextInt(markets.size()));
        quote(m, Side.BUY, 1 + random.nextInt(LEVELS));
        quote(m, Side.SELL, 1 + random.nextInt(LEVELS));
        trim(m);
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        BigDecimal qty = minQuantity(m, mid(m)).multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
        try {
            engine.place(TRADER_USER, Map.of("coin", m.coin(), "currency", m.currency(), "trade_type", side.wire(),
                    "type", "market", "quantity", qty.toPlainString()));
        } catch (EngineException e) {
            // empty book side: the next tick quotes again
        }
    }

    private BigDecimal mid(Market m) {
        BigDecimal last = engine.lastPrice(m);
        return last != null ? last : m.initialPrice();
    }

    /** Smallest quantity that passes both minimum quantity and minimum amount at {@code price}. */
    private static BigDecimal minQuantity(Market m, BigDecimal price) {
        BigDecimal byAmount = m.minAmount().divide(price, m.amountPrecision(), RoundingMode.UP);
        return m.minQuantity().max(byAmount).setScale(m.amountPrecision(), RoundingMode.UP);
    }

    private void quote(Market m, Side side, int distance) {
        BigDecimal mid = mid(m);
        BigDecimal offset = STEP.multiply(BigDecimal.valueOf(distance));
        BigDecimal factor = side == Side.BUY ? BigDecimal.ONE.subtract(offset) : BigDecimal.ONE.add(offset);
        BigDecimal price = mid.multiply(factor).setScale(m.pricePrecision(),
                side == Side.BUY ? RoundingMode.DOWN : RoundingMode.UP);
        if (price.signum() <= 0) {
            return;
        }
        BigDecimal qty = minQuantity(m, price).multiply(BigDecimal.valueOf(1 + random.nextInt(10)));
        Map<String, String> p = new HashMap<>();
        p.put("coin", m.coin());
        p.put("currency", m.currency());
        p.put("trade_type", side.wire());
        p.put("type", "limit");
        p.put("quantity", qty.toPlainString());
        p.put("price", price.toPlainString());
        try {
            engine.place(MAKER_USER, p);
        } catch (EngineException e) {
            // out of funds or rounding: skip this quote
        }
    }

    /** Cancels the maker's oldest quotes beyond {@value #MAX_ORDERS_PER_SIDE} per side. */
    private void trim(Market m) {
        List<OrderView> open = engine.openOrders(MAKER_USER).stream()
                .filter(o -> o.coin().equals(m.coin()) && o.currency().equals(m.currency())).toList();
        for (Side side : Side.values()) {
            List<OrderView> mine = open.stream().filter(o -> o.side() == side).toList(); // newest first
            for (int i = MAX_ORDERS_PER_SIDE; i < mine.size(); i++) {
                engine.cancel(MAKER_USER, mine.get(i).id());
            }
        }
    }
}
