package dev.vccexchange.camel.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Immutable snapshot of a session, for health checks: they read this, never the socket.
 *
 * @param state       current state
 * @param lastError   why the last connection failed, or null
 * @param attempt     failed attempts in a row (0 after a successful open)
 * @param nextRetryIn delay of the scheduled reconnect in {@link SessionState#RECONNECT_WAIT}, otherwise null
 * @param since       when the session entered this state
 */
public record SessionHealth(SessionState state, Throwable lastError, int attempt, Duration nextRetryIn,
        Instant since) {

    /** One line for a health check, e.g. "reconnecting in 2.1s after attempt 3: server closed the WebSocket". */
    public String describe() {
        return switch (state) {
            case OPEN -> "open since " + since;
            case CONNECTING -> attempt == 0 ? "connecting" : "connecting after attempt " + attempt + cause();
            case RECONNECT_WAIT -> "reconnecting in " + seconds(nextRetryIn) + " after attempt " + attempt + cause();
            case GAVE_UP -> "gave up after attempt " + attempt + cause();
            case CLOSED -> "closed";
        };
    }

    private String cause() {
        if (lastError == null) {
            return "";
        }
        String msg = lastError.getMessage();
        return ": " + (msg == null || msg.isBlank() ? lastError.getClass().getSimpleName() : msg);
    }

    private static String seconds(Duration d) {
        return d == null ? "?" : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
