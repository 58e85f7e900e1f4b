package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/**
 * One fill. Fees are in the currency each side receives: {@code buyFee} in the base coin, {@code sellFee} in quote.
 *
 * @param takerSide the aggressor's side (the public trade {@code type})
 */
public record Trade(long id, Market market, long buyOrderId, long sellOrderId, long buyerId, long sellerId,
        BigDecimal price, BigDecimal quantity, BigDecimal buyFee, BigDecimal sellFee, Side takerSide, long timestamp) {

    public BigDecimal amount() {
        return price.multiply(quantity);
    }
}
