package dev.vccexchange.camel.model.account;

import java.math.BigDecimal;

/** One currency's balance: total and available (total minus what open orders hold). */
public record Balance(BigDecimal balance, BigDecimal availableBalance) {
}
