package dev.vccexchange.camel.echo;

import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.session.SessionHealth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** For testing: records every callback. */
final class RecordingEchoListener implements EchoListener {

    final List<EchoEvent> events = new CopyOnWriteArrayList<>();
    final List<SubscriptionRefusedException> refusals = new CopyOnWriteArrayList<>();
    final List<VccExchangeException> errors = new CopyOnWriteArrayList<>();
    final List<SessionHealth> states = new CopyOnWriteArrayList<>();
    final List<String> subscribed = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(EchoEvent event) {
        events.add(event);
    }

    @Override
    public void onSubscriptionRefused(SubscriptionRefusedException refused) {
        refusals.add(refused);
    }

    @Override
    public void onError(VccExchangeException error) {
        errors.add(error);
    }

    @Override
    public void onSubscribed(EchoChannel channel) {
        subscribed.add(channel.name());
    }

    @Override
    public void onStateChanged(SessionHealth health) {
        states.add(health);
    }
}
