package dev.vccexchange.camel.session;

import dev.vccexchange.camel.wire.EngineIoVersion;
import java.time.Duration;

/**
 * The liveness rules, as a pure function of timestamps (nanoseconds of the session's clock):
 * <ul>
 * <li>EIO3: the client pings every {@code pingInterval}; the link is dead when no packet at all arrived within
 * {@code pingTimeout} of the oldest unanswered ping.</li>
 * <li>EIO4: the server pings; the link is dead after {@code pingInterval + pingTimeout} without any packet.</li>
 * </ul>
 * Time the reader spends inside the listener is not silence: while it is delivering the watchdog only waits, and
 * the moment it returns counts as activity (frames may be waiting unread behind the slow route).
 */
record Heartbeat(EngineIoVersion version, Duration pingInterval, Duration pingTimeout) {

    /** "No timestamp". */
    static final long NONE = Long.MIN_VALUE;
    /** {@link #check} result: nothing to watch (EIO3: the ping was answered; the next ping re-arms). */
    static final long ANSWERED = -1;
    /** {@link #check} result: the deadline passed. */
    static final long DEAD = 0;

    /** The silence after which the link is dead. */
    long limitNanos() {
        return version == EngineIoVersion.V3 ? pingTimeout.toNanos() : pingInterval.plus(pingTimeout).toNanos();
    }

    /** EIO3: whether a ping sent now starts a new deadline (true when no earlier ping is still unanswered). */
    static boolean startsDeadline(long pingSentAt, long lastReceived, long deliveryEnded) {
        return pingSentAt == NONE || Math.max(lastReceived, deliveryEnded) >= pingSentAt;
    }

    /**
     * Decides at {@code now}: {@link #DEAD}, {@link #ANSWERED}, or how many nanoseconds to wait before checking
     * again.
     *
     * @param lastReceived    last inbound frame of any kind
     * @param deliveringSince when the reader entered the listener, {@link #NONE} when it is not inside it
     * @param deliveryEnded   when the reader last returned from the listener
     * @param pingSentAt      EIO3: the oldest unanswered ping, {@link #NONE} when there is none; ignored by EIO4
     */
    long check(long now, long lastReceived, long deliveringSince, long deliveryEnded, long pingSentAt) {
        long limit = limitNanos();
        if (deliveringSince != NONE) {
            return limit;
        }
        long activity = Math.max(lastReceived, deliveryEnded);
        long silence;
        if (version == EngineIoVersion.V3) {
            if (pingSentAt == NONE || activity >= pingSentAt) {
                return ANSWERED;
            }
            silence = now - pingSentAt;
        } else {
            silence = activity == NONE ? limit : now - activity;
        }
        return silence >= limit ? DEAD : limit - silence;
    }

    /** The reason given when {@link #check} says DEAD. */
    String deadMessage(Object uri) {
        return version == EngineIoVersion.V3
                ? "No packet from " + uri + " within pingTimeout " + pingTimeout.toMillis()
                        + " ms after a ping (dead link)"
                : "No packet from " + uri + " for pingInterval+pingTimeout "
                        + pingInterval.plus(pingTimeout).toMillis() + " ms (dead link)";
    }
}
