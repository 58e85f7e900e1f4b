package dev.vccexchange.camel;

import java.util.Map;

import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.session.SessionHealth;
import dev.vccexchange.camel.session.SessionState;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * UP only while the consumer's socket is open and its channel was not refused. Reads snapshots
 * ({@link SessionHealth}); never touches the socket. Camel exposes it as {@code consumer:<routeId>}.
 */
final class VccExchangeConsumerHealthCheck extends AbstractHealthCheck {

    private final VccExchangeConsumer consumer;

    VccExchangeConsumerHealthCheck(VccExchangeConsumer consumer, String routeId) {
        super("camel", "consumer:vccexchange-" + routeId);
        this.consumer = consumer;
    }

    @Override
    public boolean isLiveness() {
        // A dead link is a readiness problem: the consumer heals itself by reconnecting.
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        VccExchangeStream.Subscription stream = consumer.stream();
        builder.detail("channel", stream.channel().name());
        builder.detail("stream", stream.stream().uriName());
        SessionHealth health = consumer.sessionHealth();
        SubscriptionRefusedException refusal = consumer.refusal();
        if (refusal != null) {
            builder.down().message("Channel " + refusal.channel() + " refused with status " + refusal.status()
                                   + "; fix the credentials and restart the route").error(refusal);
            return;
        }
        if (health == null) {
            builder.down().message("Not started");
            return;
        }
        builder.detail("state", health.state().name());
        builder.detail("attempt", health.attempt());
        if (consumer.isSuspended()) {
            builder.down().message("Suspended");
        } else if (health.state() == SessionState.OPEN) {
            builder.up();
        } else {
            builder.down().message(health.describe());
            if (health.lastError() != null) {
                builder.error(health.lastError());
            }
        }
    }
}
