package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.error.VccRateLimitedException;
import dev.vccexchange.camel.error.VccServerException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccValidationException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.of(3);

    private static VccRateLimitedException rateLimited(Duration retryAfter) {
        return new VccRateLimitedException("op", 429, "Too many requests", Map.of(), retryAfter);
    }

    @Test
    void exponentialBackoffCapped() {
        VccServerException e = new VccServerException("op", 503, "Maintenance", Map.of());
        assertThat(policy.nextDelay(1, e)).contains(Duration.ofMillis(500));
        assertThat(policy.nextDelay(2, e)).contains(Duration.ofSeconds(1));
        assertThat(policy.nextDelay(3, e)).contains(Duration.ofSeconds(2));
        assertThat(policy.nextDelay(4, e)).isEmpty();
        assertThat(new RetryPolicy(30, null, null, null).backoff(30)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void retryAfterWinsButIsBounded() {
        assertThat(policy.nextDelay(1, rateLimited(Duration.ofSeconds(3)))).contains(Duration.ofSeconds(3));
        assertThat(policy.nextDelay(1, rateLimited(null))).contains(Duration.ofMillis(500));
        assertThat(policy.nextDelay(1, rateLimited(Duration.ofMinutes(5)))).isEmpty();
        assertThat(policy.nextDelay(1, new VccServerException("op", 503, "Maintenance", Map.of(), Duration.ofSeconds(4))))
                .contains(Duration.ofSeconds(4));
    }

    @Test
    void onlyRateLimitUnavailableAndConnectionErrorsAreRetryable() {
        assertThat(RetryPolicy.isRetryable(new VccServerException("op", 500, null, Map.of()))).isFalse();
        assertThat(RetryPolicy.isRetryable(new VccServerException("op", 504, null, Map.of()))).isFalse();
        assertThat(RetryPolicy.isRetryable(new VccValidationException("op", 422, null, Map.of()))).isFalse();
        assertThat(RetryPolicy.isRetryable(new VccUnexpectedResponseException("op", 503, "html", null))).isTrue();
        assertThat(RetryPolicy.isRetryable(new ConnectException("refused"))).isTrue();
        assertThat(RetryPolicy.isRetryable(new HttpConnectTimeoutException("connect"))).isTrue();
        assertThat(RetryPolicy.isRetryable(new IOException("connection reset"))).isTrue();
        assertThat(RetryPolicy.isRetryable(new HttpTimeoutException("request timed out"))).isFalse();
        assertThat(RetryPolicy.of(0).nextDelay(1, new ConnectException())).isEmpty();
    }
}
