package dev.vccexchange.camel.model.trade;

/** VCC order status strings (vcc-api §3.2). */
public final class OrderStatus {

    /** Open, waiting in the book. */
    public static final String PENDING = "pending";
    /** Stop order waiting for its trigger. */
    public static final String STOPPING = "stopping";
    /** Partially filled. */
    public static final String EXECUTING = "executing";
    /** Filled. */
    public static final String EXECUTED = "executed";
    public static final String CANCELED = "canceled";
    /** Seen only in VCC's draft client. */
    public static final String REJECTED = "rejected";

    private OrderStatus() {
    }

    public static boolean isOpen(String status) {
        return PENDING.equals(status) || STOPPING.equals(status) || EXECUTING.equals(status);
    }
}
