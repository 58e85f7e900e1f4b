package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/** A credited deposit (GET transactions, type deposit). */
public record Deposit(long id, long userId, String currency, BigDecimal amount, long timestamp) {
}
