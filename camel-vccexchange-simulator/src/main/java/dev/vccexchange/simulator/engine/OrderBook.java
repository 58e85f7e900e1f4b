package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Price-time priority book of resting limit orders for one market. Only touched under the engine lock.
 */
final class OrderBook {

    /** Bids best (highest) first. */
    private final NavigableMap<BigDecimal, Deque<Order>> bids = new TreeMap<>(Collections.reverseOrder());
    /** Asks best (lowest) first. */
    private final NavigableMap<BigDecimal, Deque<Order>> asks = new TreeMap<>();

    NavigableMap<BigDecimal, Deque<Order>> side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    void add(Order o) {
        side(o.side).computeIfAbsent(o.price, p -> new ArrayDeque<>()).addLast(o);
    }

    void remove(Order o) {
        Deque<Order> level = side(o.side).get(o.price);
        if (level != null) {
            level.remove(o);
            if (level.isEmpty()) {
                side(o.side).remove(o.price);
            }
        }
    }

    /** Best resting order opposite to {@code takerSide}, or null. */
    Order bestAgainst(Side takerSide) {
        Map.Entry<BigDecimal, Deque<Order>> e = side(takerSide.opposite()).firstEntry();
        return e == null ? null : e.getValue().peekFirst();
    }

    /** Aggregated levels: [price, quantity, count], best first. */
    List<BookLevel> levels(Side side, int depth) {
        List<BookLevel> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, Deque<Order>> e : side(side).entrySet()) {
            if (depth > 0 && out.size() >= depth) {
                break;
            }
            BigDecimal q = BigDecimal.ZERO;
            for (Order o : e.getValue()) {
                q = q.add(o.remaining());
            }
            out.add(new BookLevel(e.getKey(), q, e.getValue().size()));
        }
        return out;
    }

    /** Every resting order of a side, best first, in time priority. */
    List<Order> orders(Side side) {
        List<Order> out = new ArrayList<>();
        side(side).values().forEach(out::addAll);
        return out;
    }
}
