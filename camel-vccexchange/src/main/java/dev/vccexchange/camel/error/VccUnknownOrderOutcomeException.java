package dev.vccexchange.camel.error;

import dev.vccexchange.camel.model.trade.OrderRequest;
import java.util.Map;
import java.util.Optional;

/**
 * An order-changing call (place or cancel) was sent but its outcome is UNKNOWN: the server answered 5xx, the call
 * timed out, the connection broke, or a success status came with an unreadable body. The order may or may not
 * exist (or be canceled). The client NEVER retries such a call; reconcile through {@code openOrders} /
 * {@code getOrder} before doing anything else.
 */
public class VccUnknownOrderOutcomeException extends VccApiException {

    private final OrderRequest orderRequest;
    private final String orderId;

    public VccUnknownOrderOutcomeException(String operation, int httpStatus, String what, OrderRequest orderRequest,
            String orderId, Throwable cause) {
        super(operation + " outcome UNKNOWN (" + (httpStatus == 0 ? "no HTTP answer" : "HTTP " + httpStatus) + ": "
                + what + "); " + subject(orderRequest, orderId)
                + " may have been executed by the exchange. It was not retried: reconcile via openOrders/getOrder"
                + " before retrying.", operation, httpStatus, null, Map.of(), cause);
        this.orderRequest = orderRequest;
        this.orderId = orderId;
    }

    private static String subject(OrderRequest req, String id) {
        if (req != null) {
            return "the order " + req;
        }
        return id == null ? "the cancel request" : "the cancel of order " + id;
    }

    /** The order that was sent, for {@code placeOrder}. */
    public Optional<OrderRequest> orderRequest() {
        return Optional.ofNullable(orderRequest);
    }

    /** The order id that a cancel was sent for (empty for place, cancel-all and cancel-by-type). */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }
}
