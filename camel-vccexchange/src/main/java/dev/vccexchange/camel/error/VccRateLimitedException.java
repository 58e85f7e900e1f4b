package dev.vccexchange.camel.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** 429 Too Many Requests, from VCC or its gateway. {@link #retryAfter()} comes from the {@code Retry-After} header. */
public class VccRateLimitedException extends VccApiException {

    public VccRateLimitedException(String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors, Duration retryAfter) {
        super(describe(operation, httpStatus, serverMessage, errors)
                + (retryAfter == null ? "" : " (retry after " + retryAfter.toMillis() + " ms)"),
                operation, httpStatus, serverMessage, errors, null, retryAfter);
    }
}
