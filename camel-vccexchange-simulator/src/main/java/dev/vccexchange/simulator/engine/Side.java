package dev.vccexchange.simulator.engine;

/** {@code trade_type}. */
public enum Side {
    BUY, SELL;

    public String wire() {
        return this == BUY ? "buy" : "sell";
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** @return null when unknown */
    public static Side parse(String s) {
        return "buy".equals(s) ? BUY : "sell".equals(s) ? SELL : null;
    }
}
