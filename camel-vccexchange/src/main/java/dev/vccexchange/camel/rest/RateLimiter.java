package dev.vccexchange.camel.rest;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Client-side spacing of one account's requests: at most {@code permitsPerSecond}, evenly spaced (no bursts).
 * {@link #acquire()} reserves the next slot under a lock and then blocks the CALLING thread until it comes; no
 * thread is started. {@code permitsPerSecond == 0} turns it off. Thread-safe.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    /** The earliest nanoTime at which the next request may go out. Guarded by {@code this}. */
    private long nextFree;
    private boolean started;

    public RateLimiter(double permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (permitsPerSecond < 0 || Double.isNaN(permitsPerSecond)) {
            throw new IllegalArgumentException("permitsPerSecond must be >= 0");
        }
        this.intervalNanos = permitsPerSecond == 0 ? 0 : (long) (1_000_000_000L / permitsPerSecond);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public RateLimiter(double permitsPerSecond) {
        this(permitsPerSecond, System::nanoTime, Sleeper.SYSTEM);
    }

    /** Waits for the next slot; returns how long it waited. */
    public Duration acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return Duration.ZERO;
        }
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = !started || now - nextFree > 0 ? now : nextFree;
            started = true;
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        Duration d = Duration.ofNanos(wait);
        if (wait > 0) {
            sleeper.sleep(d);
        }
        return d;
    }
}
