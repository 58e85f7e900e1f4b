package dev.vccexchange.camel.session;

import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.wire.SocketIoPacket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** For testing: records every callback of an {@link EngineSession}. */
final class RecordingSessionListener implements SessionListener {

    final List<SocketIoPacket> events = new CopyOnWriteArrayList<>();
    final List<VccExchangeException> errors = new CopyOnWriteArrayList<>();
    final List<SessionHealth> states = new CopyOnWriteArrayList<>();
    int opens;
    /** Runs inside onEvent, on the "reader" thread: a slow route. */
    Consumer<SocketIoPacket> onEventHook = e -> { };
    /** Runs inside onOpen, on the "reader" thread: a route that reconciles when its channel is subscribed. */
    Runnable onOpenHook = () -> { };

    @Override
    public void onOpen() {
        opens++;
        onOpenHook.run();
    }

    @Override
    public void onEvent(SocketIoPacket event) {
        onEventHook.accept(event);
        events.add(event);
    }

    @Override
    public void onError(VccExchangeException error) {
        errors.add(error);
    }

    @Override
    public void onStateChanged(SessionHealth health) {
        states.add(health);
    }

    List<SessionState> stateNames() {
        return states.stream().map(SessionHealth::state).toList();
    }
}
