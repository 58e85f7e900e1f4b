package dev.vccexchange.camel.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error answer from the VCC REST API (or a local check standing in for one): carries the operation, the HTTP
 * status, VCC's own {@code message} and its {@code errors} map. Concrete so that unusual 4xx statuses (405, 409…)
 * still have a type; the common cases have their own subclasses.
 *
 * <p>Messages are built from the operation, the status and the server's message only; never from request
 * headers, so an API key, secret or signature cannot end up in them.
 */
public class VccApiException extends VccExchangeException {

    private final String operation;
    private final String serverMessage;
    private final Map<String, List<String>> errors;
    private final Duration retryAfter;

    public VccApiException(String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors, Throwable cause) {
        this(describe(operation, httpStatus, serverMessage, errors), operation, httpStatus, serverMessage, errors,
                cause, null);
    }

    /** For subclasses that write their own message. */
    protected VccApiException(String message, String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors, Throwable cause) {
        this(message, operation, httpStatus, serverMessage, errors, cause, null);
    }

    /** For subclasses that write their own message and carry a {@code Retry-After}. */
    protected VccApiException(String message, String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors, Throwable cause, Duration retryAfter) {
        super(message, httpStatus, cause);
        this.operation = operation;
        this.serverMessage = serverMessage;
        this.errors = copy(errors);
        this.retryAfter = retryAfter;
    }

    /** The server's {@code Retry-After} (sent with 429 and 503), when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The client operation that failed, e.g. {@code placeOrder}. */
    public String operation() {
        return operation;
    }

    /** VCC's {@code message} field, or null when the answer had none. */
    public String serverMessage() {
        return serverMessage;
    }

    /** VCC's {@code errors} map (field → messages); empty when absent. Never null, unmodifiable. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    static String describe(String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors) {
        StringBuilder sb = new StringBuilder(operation == null ? "request" : operation).append(" failed: ");
        sb.append(httpStatus == 0 ? "local check" : "HTTP " + httpStatus);
        if (serverMessage != null && !serverMessage.isBlank()) {
            sb.append(": ").append(serverMessage);
        }
        if (errors != null && !errors.isEmpty()) {
            sb.append(' ').append(errors);
        }
        return sb.toString();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> errors) {
        if (errors == null || errors.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
