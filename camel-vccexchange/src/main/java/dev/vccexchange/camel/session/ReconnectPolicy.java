package dev.vccexchange.camel.session;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter between reconnect attempts.
 *
 * @param initialDelay delay before the first reconnect
 * @param maxDelay     cap of the exponential growth (applied before jitter)
 * @param multiplier   growth per attempt, at least 1
 * @param jitter       relative randomisation, 0..1: 0.5 means the delay is drawn from [50%, 150%]
 * @param maxAttempts  how many failed attempts in a row are allowed before giving up; 0 = never give up
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
        int maxAttempts) {

    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Need 0 <= initialDelay <= maxDelay, got " + initialDelay + ", "
                    + maxDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be >= 1, got " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be in [0, 1], got " + jitter);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be >= 0 (0 = unlimited), got " + maxAttempts);
        }
    }

    /** 1 s, doubling up to 30 s, ±50 % jitter, never give up. */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.5, 0);
    }

    /** True when {@code attempt} failed attempts in a row exhaust the budget. */
    public boolean exhausted(int attempt) {
        return maxAttempts > 0 && attempt > maxAttempts;
    }

    /**
     * The delay before reconnect attempt {@code attempt} (1-based): {@code initialDelay * multiplier^(attempt-1)},
     * capped at {@code maxDelay}, then scaled by {@code 1 + jitter * (2r - 1)} where r = {@code random} in [0, 1).
     */
    public Duration nextDelay(int attempt, DoubleSupplier random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based, got " + attempt);
        }
        double base = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        double capped = Math.min(base, maxDelay.toMillis());
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        double jittered = capped * (1.0 + jitter * (2.0 * r - 1.0));
        return Duration.ofMillis(Math.max(0L, Math.round(jittered)));
    }
}
