package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Price-time priority book of resting limit orders for one market. Only touched under the engine lock.
 */
final class OrderBook {

    /** Bids best (highest) first. */
    private final NavigableMap<BigDecimal, PriceLevel> bids = new TreeMap<>(Collections.reverseOrder());
    /** Asks best (lowest) first. */
    private final NavigableMap<BigDecimal, PriceLevel> asks = new TreeMap<>();

    private NavigableMap<BigDecimal, PriceLevel> side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    void add(Order o) {
        side(o.side).computeIfAbsent(o.price, p -> new PriceLevel()).add(o);
    }

    void remove(Order o) {
        PriceLevel level = side(o.side).get(o.price);
        if (level != null) {
            level.remove(o);
            if (level.isEmpty()) {
                side(o.side).remove(o.price);
            }
        }
    }

    /** A resting order was filled by {@code qty} (call before removing it when it is done). */
    void filled(Order resting, BigDecimal qty) {
        PriceLevel level = side(resting.side).get(resting.price);
        if (level != null) {
            level.filled(qty);
        }
    }

    /** Best resting order opposite to {@code takerSide}, or null. */
    Order bestAgainst(Side takerSide) {
        Map.Entry<BigDecimal, PriceLevel> e = side(takerSide.opposite()).firstEntry();
        return e == null ? null : e.getValue().first();
    }

    /** Aggregated levels: [price, quantity, count], best first. */
    List<BookLevel> levels(Side side, int depth) {
        List<BookLevel> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, PriceLevel> e : side(side).entrySet()) {
            if (depth > 0 && out.size() >= depth) {
                break;
            }
            out.add(new BookLevel(e.getKey(), e.getValue().quantity(), e.getValue().count()));
        }
        return out;
    }

    /** Every resting order of a side, best first, in time priority. */
    List<Order> orders(Side side) {
        List<Order> out = new ArrayList<>();
        for (PriceLevel level : side(side).values()) {
            level.orders().forEach(out::add);
        }
        return out;
    }
}
