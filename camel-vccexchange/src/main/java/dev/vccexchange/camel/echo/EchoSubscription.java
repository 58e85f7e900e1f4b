package dev.vccexchange.camel.echo;

import java.util.Objects;

/** One listener's interest in one channel, returned by {@link EchoConnection#subscribe}. Identity matters. */
public final class EchoSubscription {

    private final EchoConnection connection;
    private final EchoChannel channel;
    private final EchoListener listener;

    EchoSubscription(EchoConnection connection, EchoChannel channel, EchoListener listener) {
        this.connection = connection;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public EchoChannel channel() {
        return channel;
    }

    public EchoListener listener() {
        return listener;
    }

    /** Same as {@code connection.unsubscribe(this)}. */
    public void unsubscribe() {
        connection.unsubscribe(this);
    }

    @Override
    public String toString() {
        return "EchoSubscription[" + channel.name() + "]";
    }
}
