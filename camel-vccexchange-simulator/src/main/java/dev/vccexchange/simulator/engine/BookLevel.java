package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/** One aggregated price level of a book side. */
public record BookLevel(BigDecimal price, BigDecimal quantity, int count) {
}
