package dev.vccexchange.camel.error;

/**
 * Root of every error this component raises, from a malformed socket frame to a refused order.
 *
 * <p>Unchecked so that routes and lambdas can let it travel to Camel's error handler. Messages name the action,
 * the HTTP status and the exchange's own message; they never contain an API key or secret.
 */
public class VccExchangeException extends RuntimeException {

    /** HTTP status the exchange answered with, or 0 when there was no HTTP answer (socket errors, timeouts). */
    private final int httpStatus;

    public VccExchangeException(String message) {
        this(message, 0, null);
    }

    public VccExchangeException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public VccExchangeException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status code of the failed call, or 0 when the failure was not an HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
