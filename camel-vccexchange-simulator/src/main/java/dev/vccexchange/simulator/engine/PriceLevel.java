package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.LinkedHashSet;

/**
 * The resting orders at one price, in time priority, with their remaining quantity kept as a running total: the
 * book is published after every change, and summing a level of thousands of orders each time made placing an
 * order cost O(resting orders). Insertion-ordered and hashed (orders compare by identity), so a cancel from the
 * middle of a long level is O(1) too. Only touched under the engine lock.
 */
final class PriceLevel {

    private final LinkedHashSet<Order> orders = new LinkedHashSet<>();
    private BigDecimal quantity = BigDecimal.ZERO;

    void add(Order o) {
        orders.add(o);
        quantity = quantity.add(o.remaining());
    }

    /** Removes a resting order (canceled, or filled: then its remaining quantity is already zero). */
    void remove(Order o) {
        if (orders.remove(o)) {
            quantity = quantity.subtract(o.remaining());
        }
    }

    /** A resting order of this level was filled by {@code qty}. */
    void filled(BigDecimal qty) {
        quantity = quantity.subtract(qty);
    }

    Order first() {
        return orders.isEmpty() ? null : orders.iterator().next();
    }

    boolean isEmpty() {
        return orders.isEmpty();
    }

    int count() {
        return orders.size();
    }

    BigDecimal quantity() {
        return quantity;
    }

    Iterable<Order> orders() {
        return orders;
    }
}
