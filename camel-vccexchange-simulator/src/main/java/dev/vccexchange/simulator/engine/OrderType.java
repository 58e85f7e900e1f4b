package dev.vccexchange.simulator.engine;

/** {@code type}. */
public enum OrderType {
    LIMIT("limit"), MARKET("market"), CEILING_MARKET("ceiling_market");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return null when unknown */
    public static OrderType parse(String s) {
        for (OrderType t : values()) {
            if (t.wire.equals(s)) {
                return t;
            }
        }
        return null;
    }
}
