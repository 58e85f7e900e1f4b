package dev.vccexchange.camel.error;

/**
 * laravel-echo-server answered a {@code subscribe} with {@code subscription_error}: the auth host refused the
 * channel (status 401/403 and other 4xx: permanent) or could not be asked (status 0 or 5xx: transient, retried).
 *
 * <p>The message names the channel and the status, never the API key.
 */
public class SubscriptionRefusedException extends VccExchangeException {

    private final String channel;
    private final boolean permanent;

    public SubscriptionRefusedException(String channel, int status, boolean permanent) {
        super("Subscription to channel '" + channel + "' refused with status " + status
                + (status == 0 ? " (auth host unreachable)" : "")
                + (permanent ? "; not retried" : "; will retry"), status, null);
        this.channel = channel;
        this.permanent = permanent;
    }

    public String channel() {
        return channel;
    }

    /** The status laravel-echo-server reported: the auth host's HTTP status, or 0 when it could not be reached. */
    public int status() {
        return httpStatus();
    }

    /** True when retrying cannot help (401, 403 and other 4xx); false for 0 and 5xx. */
    public boolean permanent() {
        return permanent;
    }
}
