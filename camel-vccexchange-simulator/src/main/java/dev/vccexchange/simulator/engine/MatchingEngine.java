package dev.vccexchange.simulator.engine;

import dev.vccexchange.simulator.SimulatorEvents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The exchange: order books, accounts, stops and the trade tape, under one lock.
 *
 * <p>Fees: 0.2 % maker and taker, charged in the currency each side <em>receives</em> (a buyer pays it in the base
 * coin, a seller in the quote currency), exact BigDecimal, never rounded. Funds: a limit buy locks
 * {@code price * quantity} quote, a sell locks {@code quantity} base, a market buy locks the cost of walking the book,
 * a ceiling_market buy locks {@code ceiling}, a ceiling_market sell the coin it takes to receive {@code ceiling} from
 * the bids; unused locks are released when the order ends.
 *
 * <p>Self-trades are allowed (one demo account can fill its own orders). Market orders never rest: what the book
 * cannot fill is canceled (status {@code canceled} unless fully filled); a ceiling_market order ({@code ceiling} is the
 * quote to spend on a buy, to receive on a sell, as ccxt sends it for both) is {@code executed} once it filled
 * anything. Stops trigger on the last trade price ({@code ge}: last &gt;= stop_price, {@code le}: last &lt;=
 * stop_price), at placement too if a last price already satisfies them; funds are locked while {@code stopping}
 * (a stop market buy and a stop ceiling_market sell lock at trigger time and are canceled if they cannot pay).
 *
 * <p>Thread: every public method takes the engine lock; events go to {@link SimulatorEvents} while it is held, so
 * their order is the engine's order.
 */
public final class MatchingEngine {

    public static final BigDecimal FEE_RATE = new BigDecimal("0.002");

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Market> markets = new LinkedHashMap<>();
    private final Map<Market, OrderBook> books = new HashMap<>();
    private final Map<Market, List<Trade>> tapes = new HashMap<>();
    private final Map<Market, BigDecimal> lastPrice = new HashMap<>();
    private final Map<Long, Order> orders = new HashMap<>();
    private final Map<Long, List<Order>> userOrders = new HashMap<>();
    private final Map<Long, List<Trade>> userTrades = new HashMap<>();
    private final Accounts accounts;
    private final EnginePublisher publisher;
    private final LongSupplier clock;
    private final Matcher matcher;
    private final List<Deposit> deposits = new ArrayList<>();
    /** Orders in status stopping, oldest first. */
    private final Set<Order> stopping = new LinkedHashSet<>();
    /** Internal users (market maker) whose private events are not emitted: nobody can subscribe to them. */
    private final Set<Long> silentUsers = new java.util.HashSet<>();
    private long nextOrderId = 1000;
    private final Set<Market> dirtyBooks = new LinkedHashSet<>();
    private final Set<Market> tradedMarkets = new LinkedHashSet<>();

    public MatchingEngine(List<Market> marketList, SimulatorEvents events, LongSupplier clock) {
        Set<String> currencies = new TreeSet<>();
        for (Market m : marketList) {
            markets.put(m.coin() + "/" + m.currency(), m);
            books.put(m, new OrderBook());
            tapes.put(m, new ArrayList<>());
            currencies.add(m.coin());
            currencies.add(m.currency());
        }
        this.accounts = new Accounts(new ArrayList<>(currencies));
        this.clock = clock;
        this.publisher = new EnginePublisher(events, this);
        this.matcher = new Matcher(books, tapes, lastPrice, userTrades, accounts, publisher, clock, stopping,
                dirtyBooks, tradedMarkets);
    }

    public MatchingEngine(SimulatorEvents events) {
        this(Market.defaults(), events, System::currentTimeMillis);
    }

    /** Runs {@code action} under the engine lock (for consistent multi-step reads). */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            T result = action.get();
            flushPublic();
            return result;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- markets and accounts

    public List<Market> markets() {
        return List.copyOf(markets.values());
    }

    /** @return null when the pair is unknown */
    public Market market(String coin, String currency) {
        return coin == null || currency == null ? null : markets.get(coin.toLowerCase() + "/" + currency.toLowerCase());
    }

    /** {@code BTC_USDT} or {@code btc_usdt} → market, or null. */
    public Market marketByPair(String pair) {
        int i = pair.indexOf('_');
        return i < 0 ? null : market(pair.substring(0, i), pair.substring(i + 1));
    }

    public List<String> currencies() {
        Set<String> s = new TreeSet<>();
        markets.values().forEach(m -> { s.add(m.coin()); s.add(m.currency()); });
        return List.copyOf(s);
    }

    /** Adds funds (a deposit) and emits BalanceUpdated. */
    public void deposit(long userId, String currency, BigDecimal amount) {
        locked(() -> {
            accounts.credit(userId, currency, amount);
            deposits.add(new Deposit(deposits.size() + 1, userId, currency, amount, clock.getAsLong()));
            publisher.balance(userId);
            return null;
        });
    }

    public void ensureUser(long userId) {
        locked(() -> { accounts.ensureUser(userId); return null; });
    }

    public Map<String, Balance> balances(long userId) {
        return locked(() -> {
            accounts.ensureUser(userId);
            return accounts.snapshot(userId);
        });
    }

    public Balance balance(long userId, String currency) {
        return balances(userId).get(currency);
    }

    // ---------------------------------------------------------------- reads

    public OrderView order(long userId, long orderId) {
        return locked(() -> {
            Order o = orders.get(orderId);
            if (o == null || o.userId != userId) {
                throw EngineException.notFound();
            }
            return OrderView.of(o);
        });
    }

    /** Open orders (pending, stopping, executing), newest first. */
    public List<OrderView> openOrders(long userId) {
        return locked(() -> views(userId, true));
    }

    /** Every order of the user, newest first. */
    public List<OrderView> orders(long userId) {
        return locked(() -> views(userId, false));
    }

    private List<OrderView> views(long userId, boolean openOnly) {
        List<OrderView> out = new ArrayList<>();
        List<Order> list = userOrders.getOrDefault(userId, List.of());
        for (int i = list.size() - 1; i >= 0; i--) {
            Order o = list.get(i);
            if (!openOnly || o.status.isOpen()) {
                out.add(OrderView.of(o));
            }
        }
        return out;
    }

    /** The user's fills, newest first. */
    public List<Trade> userTrades(long userId) {
        return locked(() -> {
            List<Trade> l = new ArrayList<>(userTrades.getOrDefault(userId, List.of()));
            java.util.Collections.reverse(l);
            return l;
        });
    }

    /** The market's tape, newest first. */
    public List<Trade> trades(Market market) {
        return locked(() -> {
            List<Trade> l = new ArrayList<>(tapes.get(market));
            java.util.Collections.reverse(l);
            return l;
        });
    }

    /** @param depth 0 = all levels */
    public List<BookLevel> levels(Market market, Side side, int depth) {
        return locked(() -> books.get(market).levels(side, depth));
    }

    /** Resting orders of a side, best first, time priority within a level. */
    public List<OrderView> bookOrders(Market market, Side side) {
        return locked(() -> books.get(market).orders(side).stream().map(OrderView::of).toList());
    }

    /** Last trade price, or null before the first trade. */
    public BigDecimal lastPrice(Market market) {
        return locked(() -> lastPrice.get(market));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Places an order from VCC's {@code POST orders} parameters ({@code coin, currency, trade_type, type, quantity,
     * price, ceiling, is_stop, stop_price, stop_condition}).
     *
     * @throws EngineException a validation error or insufficient balance; nothing changed then
     */
    public OrderView place(long userId, Map<String, String> params) {
        return locked(() -> {
            OrderValidator.Valid v = OrderValidator.validate(this, params);
            accounts.ensureUser(userId);
            Order o = new Order(nextOrderId, userId, v.market(), v.side(), v.type(), v.quantity(), v.price(),
                    v.ceiling(), v.stop(), v.stopPrice(), v.stopCondition(), clock.getAsLong());
            BigDecimal marketBuyCost = null;
            BigDecimal walked = null;
            if (v.side() == Side.BUY && v.type() == OrderType.MARKET && !v.stop()) {
                marketBuyCost = matcher.walkCost(o);
                walked = marketBuyCost;
            } else if (v.side() == Side.SELL && v.type() == OrderType.CEILING_MARKET && !v.stop()) {
                walked = matcher.walkCeilingSell(o);
            }
            BigDecimal lock = matcher.initialLock(o, walked);
            if (lock.signum() > 0) {
                accounts.lock(userId, matcher.lockCurrency(o), lock); // may throw Insufficient balance
            } else if (marketBuyCost != null && accounts.available(userId, o.market.currency()).signum() <= 0) {
                throw EngineException.insufficientBalance();
            }
            o.locked = lock;
            nextOrderId++;
            orders.put(o.id, o);
            userOrders.computeIfAbsent(userId, u -> new ArrayList<>()).add(o);
            if (o.stop) {
                o.status = OrderStatus.STOPPING;
                stopping.add(o);
                publisher.orderChanged(o, "created");
                matcher.runStops(o.market);
            } else {
                o.status = OrderStatus.PENDING;
                publisher.orderChanged(o, "created");
                matcher.activate(o);
                matcher.runStops(o.market);
            }
            return OrderView.of(o);
        });
    }

    /** Cancels one open order; an order already closed is returned unchanged. */
    public OrderView cancel(long userId, long orderId) {
        return locked(() -> {
            Order o = orders.get(orderId);
            if (o == null || o.userId != userId) {
                throw EngineException.notFound();
            }
            if (o.status.isOpen()) {
                matcher.cancelInternal(o);
            }
            return OrderView.of(o);
        });
    }

    /** Cancels every open order of the user; returns them (as canceled). */
    public List<OrderView> cancelAll(long userId) {
        return cancelMatching(userId, null);
    }

    /**
     * Cancels the user's open orders of one {@code type} ({@code limit}, {@code market}, {@code ceiling_market}).
     */
    public List<OrderView> cancelByType(long userId, String type) {
        OrderType t = OrderType.parse(type);
        if (t == null) {
            throw EngineException.validation("type", type == null || type.isEmpty()
                    ? "The type field is required." : "The selected type is invalid.");
        }
        return cancelMatching(userId, t);
    }

    private List<OrderView> cancelMatching(long userId, OrderType type) {
        return locked(() -> {
            List<OrderView> out = new ArrayList<>();
            for (Order o : new ArrayList<>(userOrders.getOrDefault(userId, List.of()))) {
                if (o.status.isOpen() && (type == null || o.type == type)) {
                    matcher.cancelInternal(o);
                    out.add(OrderView.of(o));
                }
            }
            return out;
        });
    }

    /** Cancels every open order of every user (used by reset). */
    public void cancelEverything() {
        locked(() -> {
            for (Order o : new ArrayList<>(orders.values())) {
                if (o.status.isOpen()) {
                    matcher.cancelInternal(o);
                }
            }
            return null;
        });
    }

    /** Emits OrderBookUpdated / PricesUpdated for what the last command changed. */
    private void flushPublic() {
        if (!lock.isHeldByCurrentThread() || lock.getHoldCount() > 1) {
            return;
        }
        for (Market m : dirtyBooks) {
            publisher.orderBook(m, books.get(m));
        }
        dirtyBooks.clear();
        for (Market m : tradedMarkets) {
            publisher.prices(m, tapes.get(m));
        }
        tradedMarkets.clear();
    }

    Map<String, Balance> balancesLocked(long userId) {
        return accounts.snapshot(userId);
    }

    /** The user's deposits, newest first. */
    public List<Deposit> deposits(long userId) {
        return locked(() -> {
            List<Deposit> l = new ArrayList<>();
            for (int i = deposits.size() - 1; i >= 0; i--) {
                if (deposits.get(i).userId() == userId) {
                    l.add(deposits.get(i));
                }
            }
            return l;
        });
    }

    /** 24 h statistics of a market. */
    public MarketStats stats(Market market) {
        return locked(() -> MarketStats.of(tapes.get(market), lastPrice.get(market), clock.getAsLong()));
    }

    /** Private events of {@code userId} are no longer emitted (for internal accounts without an API key). */
    public void silence(long userId) {
        locked(() -> silentUsers.add(userId));
    }

    boolean isSilent(long userId) {
        return silentUsers.contains(userId);
    }

    /** Current time of the engine clock (epoch ms). */
    public long now() {
        return clock.getAsLong();
    }
}
