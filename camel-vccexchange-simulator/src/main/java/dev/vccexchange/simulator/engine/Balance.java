package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/** One currency of a user's account: {@code balance} (total) and {@code available_balance}. */
public record Balance(BigDecimal balance, BigDecimal available) {

    /** Funds reserved by open orders. */
    public BigDecimal locked() {
        return balance.subtract(available);
    }
}
