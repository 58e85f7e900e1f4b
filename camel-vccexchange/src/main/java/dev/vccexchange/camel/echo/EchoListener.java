package dev.vccexchange.camel.echo;

import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.session.SessionHealth;

/**
 * Callbacks of one subscription. {@link #onEvent} runs on the WebSocket reader thread and the next frame is read
 * only when it returns (back-pressure). Callbacks must not throw; what they throw is logged and swallowed.
 */
public interface EchoListener {

    /** An event for this listener's channel. */
    void onEvent(EchoEvent event);

    /**
     * The auth host refused the channel for good (401, 403 or another 4xx); told once. The channel is not
     * subscribed again until a listener subscribes to it again.
     */
    void onSubscriptionRefused(SubscriptionRefusedException refused);

    /**
     * Something went wrong that the connection survives or recovers from: a malformed frame, a transient
     * {@code subscription_error} (a {@link SubscriptionRefusedException} with {@code permanent() == false},
     * retried after a back-off), or the cause of a lost connection (a reconnect follows).
     */
    void onError(VccExchangeException error);

    /**
     * This listener's channel was subscribed on a freshly opened socket (the first connect and every reconnect),
     * on the reader thread, before any event that follows. laravel-echo-server replays nothing: what the exchange
     * sent while the socket was down is lost, and this is the moment to reconcile it.
     */
    default void onSubscribed(EchoChannel channel) {
    }

    /** The connection's state changed (open, reconnecting, gave up, closed). */
    default void onStateChanged(SessionHealth health) {
    }
}
