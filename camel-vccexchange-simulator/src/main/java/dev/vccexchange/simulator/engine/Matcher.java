package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The matching core of {@link MatchingEngine}: activation, fills, lock accounting, cancels and stop triggers.
 * Shares the engine's state; every method runs with the engine lock held.
 */
final class Matcher {

    private static final int TAPE_LIMIT = 50_000;

    private final Map<Market, OrderBook> books;
    private final Map<Market, List<Trade>> tapes;
    private final Map<Market, BigDecimal> lastPrice;
    private final Map<Long, List<Trade>> userTrades;
    private final Accounts accounts;
    private final EnginePublisher publisher;
    private final LongSupplier clock;
    /** Orders in status stopping, oldest first. */
    final Set<Order> stopping;
    /** Markets whose book changed / that traded since the last flush. */
    final Set<Market> dirtyBooks;
    final Set<Market> tradedMarkets;
    private long nextTradeId = 1;
    private long nextBookSeq = 1;

    Matcher(Map<Market, OrderBook> books, Map<Market, List<Trade>> tapes, Map<Market, BigDecimal> lastPrice,
            Map<Long, List<Trade>> userTrades, Accounts accounts, EnginePublisher publisher, LongSupplier clock,
            Set<Order> stopping, Set<Market> dirtyBooks, Set<Market> tradedMarkets) {
        this.books = books;
        this.tapes = tapes;
        this.lastPrice = lastPrice;
        this.userTrades = userTrades;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
        this.stopping = stopping;
        this.dirtyBooks = dirtyBooks;
        this.tradedMarkets = tradedMarkets;
    }

    String lockCurrency(Order o) {
        return o.side == Side.BUY ? o.market.currency() : o.market.coin();
    }

    /**
     * @param walked for a market buy, the quote its quantity costs from the asks ({@link #walkCost}); for a
     *               ceiling_market sell, the coin it sells to receive its ceiling from the bids ({@link
     *               #walkCeilingSell}); null for a stop (it locks when it triggers)
     */
    BigDecimal initialLock(Order o, BigDecimal walked) {
        if (o.side == Side.SELL) {
            return o.type != OrderType.CEILING_MARKET ? o.quantity : walked == null ? BigDecimal.ZERO : walked;
        }
        return switch (o.type) {
            case LIMIT -> o.price.multiply(o.quantity);
            case CEILING_MARKET -> o.ceiling;
            case MARKET -> walked == null ? BigDecimal.ZERO : walked;
        };
    }

    /**
     * Coin a ceiling_market sell needs to receive its ceiling from the current bids (less if the book is thinner),
     * computed fill by fill exactly as {@link #match} will fill it.
     */
    BigDecimal walkCeilingSell(Order o) {
        BigDecimal budget = o.ceiling.subtract(o.executedQuote);
        BigDecimal qty = BigDecimal.ZERO;
        for (Order bid : books.get(o.market).orders(Side.BUY)) {
            BigDecimal q = ceilingFill(o, budget, bid);
            if (q.signum() <= 0) {
                break;
            }
            qty = qty.add(q);
            budget = budget.subtract(q.multiply(bid.price));
        }
        return qty;
    }

    /** What a ceiling_market order with {@code budget} of quote left takes from {@code maker}. */
    private static BigDecimal ceilingFill(Order taker, BigDecimal budget, Order maker) {
        return budget.divide(maker.price, taker.market.amountPrecision(), RoundingMode.DOWN).min(maker.remaining());
    }

    /** Quote needed to buy the order's quantity from the current asks (less if the book is thinner). */
    BigDecimal walkCost(Order o) {
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
    void activate(Order o) {
        // A stop whose lock depends on the book locks when it triggers, and is canceled if it cannot pay then.
        boolean walksAsks = o.side == Side.BUY && o.type == OrderType.MARKET;
        boolean walksBids = o.side == Side.SELL && o.type == OrderType.CEILING_MARKET;
        if (o.stop && (walksAsks || walksBids)) {
            BigDecimal need = walksAsks ? walkCost(o) : walkCeilingSell(o);
            if (need.signum() <= 0 || accounts.available(o.userId, lockCurrency(o)).compareTo(need) < 0) {
                cancelInternal(o);
                return;
            }
            accounts.lock(o.userId, lockCurrency(o), need);
            o.locked = need;
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
                    && (o.type == OrderType.CEILING_MARKET || o.remaining().signum() == 0)
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

    void match(Order taker) {
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
            if (taker.quantity == null) { // ceiling_market: spends (buy) or receives (sell) up to the ceiling
                qty = ceilingFill(taker, taker.ceiling.subtract(taker.executedQuote), maker);
                if (taker.side == Side.SELL) {
                    qty = qty.min(taker.locked); // never more coin than was locked for it
                }
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

    void fill(Order taker, Order maker, BigDecimal qty) {
        Market m = taker.market;
        BigDecimal price = maker.price;
        BigDecimal amount = price.multiply(qty);
        Order buy = taker.side == Side.BUY ? taker : maker;
        Order sell = taker.side == Side.SELL ? taker : maker;
        BigDecimal buyFee = qty.multiply(MatchingEngine.FEE_RATE);
        BigDecimal sellFee = amount.multiply(MatchingEngine.FEE_RATE);
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
        books.get(m).filled(maker, qty);
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
    boolean releaseLock(Order o) {
        if (o.locked.signum() != 0) {
            accounts.unlock(o.userId, lockCurrency(o), o.locked);
            o.locked = BigDecimal.ZERO;
            return true;
        }
        return false;
    }

    void cancelInternal(Order o) {
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
    void runStops(Market m) {
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
}
