package dev.vccexchange.simulator.engine;

/** VCC order statuses (vcc-api.md §3.2). */
public enum OrderStatus {
    PENDING, STOPPING, EXECUTING, EXECUTED, CANCELED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isOpen() {
        return this == PENDING || this == STOPPING || this == EXECUTING;
    }
}
