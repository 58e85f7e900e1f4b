package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Virtual time: the fake sleeper advances the fake nano clock. */
class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        nanos.addAndGet(d.toNanos());
    };

    @Test
    void spacesRequestsEvenly() throws Exception {
        RateLimiter limiter = new RateLimiter(4, nanos::get, sleeper);
        assertThat(limiter.acquire()).isZero();
        assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(250));
        assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(250));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.acquire()).as("idle time is not banked as a burst").isZero();
        assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(250));
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void partialWait() throws Exception {
        RateLimiter limiter = new RateLimiter(2, nanos::get, sleeper);
        limiter.acquire();
        nanos.addAndGet(Duration.ofMillis(200).toNanos());
        assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void zeroIsOff() throws Exception {
        RateLimiter limiter = new RateLimiter(0, nanos::get, sleeper);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire()).isZero();
        }
        assertThat(sleeps).isEmpty();
    }
}
