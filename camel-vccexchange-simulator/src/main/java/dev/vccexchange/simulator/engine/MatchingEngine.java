package dev.vccexchange.simulator.engine;

import dev.vccexchange.simulator.SimulatorEvents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
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
 * a ceiling_market buy locks {@code ceiling}; unused locks are released when the order ends.
 *
 * <p>Self-trades are allowed (one demo account can fill its own orders). Market orders never rest: what the book
 * cannot fill is canceled (status {@code canceled} unless fully filled); a ceiling_market buy is {@code executed} once
 * it filled anything. Stops trigger on the last trade price ({@code ge}: last &gt;= stop_price, {@code le}: last &lt;=
 * stop_price), at placement too if a last price already satisfies them; funds are locked while {@code stopping}
 * (a stop market buy locks at trigger time and is canceled if it cannot pay).
 *
 * <p>Thread: every public method takes the engine lock; events go to {@link SimulatorEvents} while it is held, so
 * their order is the engine's order.
 */
public final class MatchingEngine {

    public static final BigDecimal FEE_RATE = new BigDecimal("0.002");
    private static final int TAPE_LIMIT = 50_000;

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
    private final List<Deposit> deposits = new ArrayList<>();
    /** Orders in status stopping, oldest first. */
    private final Set<Order> stopping = new LinkedHashSet<>();
    /** Internal users (market maker) whose private events are not emitted: nobody can subscribe to them. */
    private final Set<Long> silentUsers = new java.util.HashSet<>();
    private long nextOrderId = 1000;
    private long nextTradeId = 1;
    private long nextBookSeq = 1;
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
            if (v.side() == Side.BUY && v.type() == OrderType.MARKET && !v.stop()) {
                marketBuyCost = walkCost(o);
            }
            BigDecimal lock = initialLock(o, marketBuyCost);
            if (lock.signum() > 0) {
                accounts.lock(userId, lockCurrency(o), lock); // may throw Insufficient balance
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
                runStops(o.market);
            } else {
                o.status = OrderStatus.PENDING;
                publisher.orderChanged(o, "created");
                activate(o);
                runStops(o.market);
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
                cancelInternal(o);
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
                    cancelInternal(o);
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
                    cancelInternal(o);
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- internals (lock held)

    private String lockCurrency(Order o) {
        return o.side == Side.BUY ? o.market.currency() : o.market.coin();
    }

    private BigDecimal initialLock(Order o, BigDecimal marketBuyCost) {
        if (o.side == Side.SELL) {
            return o.quantity;
        }
        return switch (o.type) {
            case LIMIT -> o.price.multiply(o.quantity);
            case CEILING_MARKET -> o.ceiling;
            case MARKET -> marketBuyCost == null ? BigDecimal.ZERO : marketBuyCost;
        };
    }

    /** Quote needed to buy the order's quantity from the current asks (less if the book is thinner). */
    private BigDecimal walkCost(Order o) {
        BigDecimal left = o.quantity.subtract(o.executedQuantity);
        BigDecimal cost = BigDecimal.ZERO;
        for (Order ask : books.get(o.market).orders(Side.SELL)) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal q = left.min(ask.remaining());
            cost = cost.add(q.multiply(ask.price));
            left = left.subtract(q);
        }
        return cost;
    }

    /** The order enters matching (placement, or a stop that triggered). */
    private void activate(Order o) {
        if (o.side == Side.BUY && o.type == OrderType.MARKET && o.stop) {
            BigDecimal cost = walkCost(o);
            if (cost.signum() <= 0 || accounts.available(o.userId, o.market.currency()).compareTo(cost) < 0) {
                cancelInternal(o);
                return;
            }
            accounts.lock(o.userId, o.market.currency(), cost);
            o.locked = cost;
        }
        match(o);
        if (o.type == OrderType.LIMIT) {
            if (o.remaining().signum() > 0) {
                o.bookSeq = nextBookSeq++;
                books.get(o.market).add(o);
                dirtyBooks.add(o.market);
            }
        } else {
            OrderStatus end = o.executedQuantity.signum() > 0
                    && (o.type == OrderType.CEILING_MARKET && o.side == Side.BUY || o.remaining().signum() == 0)
                    ? OrderStatus.EXECUTED : OrderStatus.CANCELED;
            boolean released = releaseLock(o);
            if (o.status != end) {
                o.status = end;
                o.updatedAt = clock.getAsLong();
                publisher.orderChanged(o, end == OrderStatus.CANCELED ? "canceled" : "matched");
            } else if (released) {
                publisher.balance(o.userId);
            }
        }
    }

    private void match(Order taker) {
        OrderBook book = books.get(taker.market);
        while (true) {
            Order maker = book.bestAgainst(taker.side);
            if (maker == null) {
                return;
            }
            if (taker.type == OrderType.LIMIT && (taker.side == Side.BUY
                    ? maker.price.compareTo(taker.price) > 0 : maker.price.compareTo(taker.price) < 0)) {
                return;
            }
            BigDecimal qty;
            if (taker.quantity == null) { // ceiling_market buy
                BigDecimal budget = taker.ceiling.subtract(taker.executedQuote);
                qty = budget.divide(maker.price, taker.market.amountPrecision(), RoundingMode.DOWN).min(maker.remaining());
            } else {
                qty = taker.remaining().min(maker.remaining());
            }
            if (qty.signum() <= 0) {
                return;
            }
            fill(taker, maker, qty);
            if (taker.quantity != null && taker.remaining().signum() == 0) {
                return;
            }
        }
    }

    private void fill(Order taker, Order maker, BigDecimal qty) {
        Market m = taker.market;
        BigDecimal price = maker.price;
        BigDecimal amount = price.multiply(qty);
        Order buy = taker.side == Side.BUY ? taker : maker;
        Order sell = taker.side == Side.SELL ? taker : maker;
        BigDecimal buyFee = qty.multiply(FEE_RATE);
        BigDecimal sellFee = amount.multiply(FEE_RATE);
        BigDecimal consumed = buy.type == OrderType.LIMIT ? buy.price.multiply(qty) : amount;
        accounts.debitLocked(buy.userId, m.currency(), amount);
        accounts.unlock(buy.userId, m.currency(), consumed.subtract(amount));
        buy.locked = buy.locked.subtract(consumed);
        accounts.credit(buy.userId, m.coin(), qty.subtract(buyFee));
        accounts.debitLocked(sell.userId, m.coin(), qty);
        sell.locked = sell.locked.subtract(qty);
        accounts.credit(sell.userId, m.currency(), amount.subtract(sellFee));
        long now = clock.getAsLong();
        for (Order o : List.of(buy, sell)) {
            o.executedQuantity = o.executedQuantity.add(qty);
            o.executedQuote = o.executedQuote.add(amount);
            o.updatedAt = now;
        }
        buy.fee = buy.fee.add(buyFee);
        sell.fee = sell.fee.add(sellFee);
        if (maker.remaining().signum() == 0) {
            maker.status = OrderStatus.EXECUTED;
            books.get(m).remove(maker);
            releaseLock(maker);
        } else {
            maker.status = OrderStatus.EXECUTING;
        }
        taker.status = taker.quantity != null && taker.remaining().signum() == 0
                ? OrderStatus.EXECUTED : OrderStatus.EXECUTING;
        Trade t = new Trade(nextTradeId++, m, buy.id, sell.id, buy.userId, sell.userId, price, qty, buyFee, sellFee,
                taker.side, now);
        List<Trade> tape = tapes.get(m);
        tape.add(t);
        if (tape.size() > TAPE_LIMIT) {
            tape.subList(0, tape.size() - TAPE_LIMIT).clear();
        }
        userTrades.computeIfAbsent(buy.userId, u -> new ArrayList<>()).add(t);
        if (sell.userId != buy.userId) {
            userTrades.computeIfAbsent(sell.userId, u -> new ArrayList<>()).add(t);
        }
        lastPrice.put(m, price);
        dirtyBooks.add(m);
        tradedMarkets.add(m);
        publisher.trade(t, buy, sell);
        publisher.orderChanged(maker, "matched");
        publisher.orderChanged(taker, "matched");
    }

    /** Releases whatever is still locked for a finished order (e.g. a limit buy filled below its price). */
    private boolean releaseLock(Order o) {
        if (o.locked.signum() != 0) {
            accounts.unlock(o.userId, lockCurrency(o), o.locked);
            o.locked = BigDecimal.ZERO;
            return true;
        }
        return false;
    }

    private void cancelInternal(Order o) {
        if (o.type == OrderType.LIMIT && o.status != OrderStatus.STOPPING) {
            books.get(o.market).remove(o);
            dirtyBooks.add(o.market);
        }
        releaseLock(o);
        stopping.remove(o);
        o.status = OrderStatus.CANCELED;
        o.updatedAt = clock.getAsLong();
        publisher.orderChanged(o, "canceled");
    }

    /** Triggers stopping orders whose condition the last price satisfies, oldest first, until none is left. */
    private void runStops(Market m) {
        while (true) {
            BigDecimal last = lastPrice.get(m);
            if (last == null) {
                return;
            }
            Order next = stopping.stream()
                    .filter(o -> o.market == m)
                    .filter(o -> "ge".equals(o.stopCondition) ? last.compareTo(o.stopPrice) >= 0
                            : last.compareTo(o.stopPrice) <= 0)
                    .min(Comparator.comparingLong(o -> o.id))
                    .orElse(null);
            if (next == null) {
                return;
            }
            stopping.remove(next);
            next.status = OrderStatus.PENDING;
            next.updatedAt = clock.getAsLong();
            publisher.orderChanged(next, "triggered");
            activate(next);
        }
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
