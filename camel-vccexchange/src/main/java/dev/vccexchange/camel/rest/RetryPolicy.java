package dev.vccexchange.camel.rest;

import dev.vccexchange.camel.error.VccApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * When to retry an IDEMPOTENT request (GET). POST and PUT are never retried: the client does not even consult this
 * policy for them. Retried: 429 and 503 (honouring {@code Retry-After}), and I/O failures other than the request
 * timeout (connection refused/reset, connect timeout). Back-off: {@code baseDelay × 2^(attempt-1)}, capped at
 * {@code maxDelay}; a {@code Retry-After} wins over the back-off but one longer than {@code maxRetryAfter} stops
 * retrying (the caller gets the 429 rather than a thread blocked for minutes).
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        baseDelay = baseDelay == null ? DEFAULT_BASE_DELAY : baseDelay;
        maxDelay = maxDelay == null ? DEFAULT_MAX_DELAY : maxDelay;
        maxRetryAfter = maxRetryAfter == null ? DEFAULT_MAX_RETRY_AFTER : maxRetryAfter;
    }

    public static RetryPolicy of(int maxRetries) {
        return new RetryPolicy(maxRetries, null, null, null);
    }

    /**
     * @param attempt the number of failed attempts so far (1 after the first failure)
     * @param failure what the last attempt ended with
     * @return the wait before the next attempt, or empty to give up and rethrow
     */
    public Optional<Duration> nextDelay(int attempt, Throwable failure) {
        if (attempt > maxRetries || !isRetryable(failure)) {
            return Optional.empty();
        }
        if (failure instanceof VccApiException r && r.retryAfter().isPresent()) {
            Duration ra = r.retryAfter().get();
            return ra.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(ra);
        }
        return Optional.of(backoff(attempt));
    }

    Duration backoff(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 20);
        Duration d = baseDelay.multipliedBy(1L << shift);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** 429, 503 and connection-level I/O errors; never a request timeout or any other status. */
    public static boolean isRetryable(Throwable failure) {
        if (failure instanceof VccApiException e) {
            return e.httpStatus() == 429 || e.httpStatus() == 503;
        }
        if (failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof HttpTimeoutException) {
            return false;
        }
        return failure instanceof IOException;
    }
}
