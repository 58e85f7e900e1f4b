package dev.vccexchange.camel.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A 5xx answer (the server or its gateway failed). On an order-changing call the client turns it into
 * {@link VccUnknownOrderOutcomeException} instead; this type is what reads and definite failures raise.
 */
public class VccServerException extends VccApiException {

    public VccServerException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors) {
        this(operation, httpStatus, serverMessage, errors, null);
    }

    /** With the {@code Retry-After} a 503 (maintenance) may carry. */
    public VccServerException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors,
            Duration retryAfter) {
        super(describe(operation, httpStatus, serverMessage, errors), operation, httpStatus, serverMessage, errors,
                null, retryAfter);
    }
}
