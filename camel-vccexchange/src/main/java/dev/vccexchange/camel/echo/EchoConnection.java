package dev.vccexchange.camel.echo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.error.MalformedPacketException;
import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.session.EngineSession;
import dev.vccexchange.camel.session.ReconnectPolicy;
import dev.vccexchange.camel.session.SessionHealth;
import dev.vccexchange.camel.session.SessionListener;
import dev.vccexchange.camel.session.SessionOptions;
import dev.vccexchange.camel.session.WebSocketConnector;
import dev.vccexchange.camel.wire.SocketIoCodec;
import dev.vccexchange.camel.wire.SocketIoPacket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Laravel Echo semantics on one {@link EngineSession}: channels shared by several listeners (one
 * {@code subscribe} per channel on the wire), replay of every wanted channel after each (re)connect,
 * {@code unsubscribe} when a channel's last listener leaves, and {@code subscription_error} handling
 * (4xx: permanent, told once; 0 and 5xx: retried on the reconnect back-off schedule).
 *
 * <p>Threads: events are routed on the WebSocket reader thread; subscribe/unsubscribe on any thread; retries on
 * the scheduler. The channel table is guarded by {@link #lock}; routing reads an immutable snapshot of it and
 * copy-on-write listener lists, so an event takes no lock. The API key lives only in subscribe frames, never in
 * logs or messages.
 */
public final class EchoConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EchoConnection.class);

    private final EngineSession session;
    private final ScheduledExecutorService scheduler;
    private final SessionOptions options;
    private final DoubleSupplier random;
    /** Nullable (public channels only); blank counts as none. Never printed. */
    private final String apiKey;
    private final Object lock = new Object();
    /** Wanted channels by name, in subscription order. Guarded by lock. */
    private final Map<String, ChannelEntry> channels = new LinkedHashMap<>();
    /**
     * Each wanted channel's (copy-on-write) listener list, for routing events: replaced under the lock whenever a
     * channel is added or removed (rare), read without it by the reader thread on every event.
     */
    private volatile Map<String, List<EchoSubscription>> routes = Map.of();
    /** Guarded by lock. */
    private boolean closed;

    public EchoConnection(WebSocketConnector connector, ScheduledExecutorService scheduler, SessionOptions options,
            String apiKey) {
        this(connector, scheduler, options, apiKey, System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Connects with the JDK WebSocket of a shared {@link HttpClient}. */
    public EchoConnection(HttpClient client, ScheduledExecutorService scheduler, SessionOptions options,
            String apiKey) {
        this(WebSocketConnector.of(client, options.connectTimeout()), scheduler, options, apiKey);
    }

    /** For testing: a virtual clock (nanoseconds, same base as the scheduler) and fixed jitter. */
    public EchoConnection(WebSocketConnector connector, ScheduledExecutorService scheduler, SessionOptions options,
            String apiKey, LongSupplier nanoClock, DoubleSupplier random) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.options = Objects.requireNonNull(options, "options");
        this.random = Objects.requireNonNull(random, "random");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.session = new EngineSession(connector, scheduler, options, new Events(), nanoClock, random);
    }

    /** Connects in the background; never blocks. */
    public void start() {
        session.start();
    }

    /**
     * Adds a listener to a channel. The first listener of a channel (or the first after a permanent refusal)
     * sends {@code subscribe} at once when the connection is open; otherwise it goes out on the next open.
     */
    public EchoSubscription subscribe(EchoChannel channel, EchoListener listener) {
        EchoSubscription subscription = new EchoSubscription(this, channel, listener);
        boolean send;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("EchoConnection is closed");
            }
            ChannelEntry entry = channels.get(channel.name());
            if (entry == null) {
                entry = new ChannelEntry(channel);
                channels.put(channel.name(), entry);
                refreshRoutes();
                send = true;
            } else if (entry.refused) {
                entry.refused = false;
                entry.retryAttempt = 0;
                send = true;
            } else {
                send = false;
            }
            entry.subscriptions.add(subscription);
        }
        if (send) {
            sendSubscribe(channel);
        }
        return subscription;
    }

    /** Removes a listener; the channel's last listener leaving sends {@code unsubscribe}. Idempotent. */
    public void unsubscribe(EchoSubscription subscription) {
        boolean send;
        synchronized (lock) {
            ChannelEntry entry = channels.get(subscription.channel().name());
            if (entry == null || !entry.subscriptions.remove(subscription)) {
                return;
            }
            if (!entry.subscriptions.isEmpty()) {
                return;
            }
            channels.remove(entry.channel.name());
            refreshRoutes();
            cancel(entry.retry);
            send = !entry.refused && !closed;
        }
        if (send && !session.send(EchoMessages.unsubscribe(subscription.channel()))) {
            LOG.debug("Not connected; {} needs no unsubscribe", subscription.channel().name());
        }
    }

    public SessionHealth health() {
        return session.health();
    }

    public SessionOptions options() {
        return options;
    }

    /** Closes the session for good and drops every subscription. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            channels.values().forEach(e -> cancel(e.retry));
        }
        session.close();
    }

    @Override
    public String toString() {
        // never the API key
        int n;
        synchronized (lock) {
            n = channels.size();
        }
        return "EchoConnection[" + options.socketUrl() + ", EIO=" + options.version().number() + ", channels=" + n
                + ", " + session.health().state() + "]";
    }

    // --- internals ---

    /** @return false when the socket is not open (the subscribe goes out on the next open) */
    private boolean sendSubscribe(EchoChannel channel) {
        if (!session.send(EchoMessages.subscribe(channel, apiKey))) {
            LOG.debug("Not open yet; subscribe to {} goes out on connect", channel.name());
            return false;
        }
        return true;
    }

    /** Lock held. */
    private void refreshRoutes() {
        Map<String, List<EchoSubscription>> next = new HashMap<>();
        channels.forEach((name, entry) -> next.put(name, entry.subscriptions));
        routes = Map.copyOf(next);
    }

    /** Reader thread, every event: no lock. */
    private List<EchoSubscription> subscriptionsOf(String channel) {
        List<EchoSubscription> subscriptions = channel == null ? null : routes.get(channel);
        return subscriptions == null ? List.of() : subscriptions;
    }

    private List<EchoListener> allListeners() {
        Set<EchoListener> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        synchronized (lock) {
            channels.values().forEach(e -> e.subscriptions.forEach(s -> distinct.add(s.listener())));
        }
        return new ArrayList<>(distinct);
    }

    private void errorToAll(VccExchangeException error) {
        List<EchoListener> listeners = allListeners();
        if (listeners.isEmpty()) {
            LOG.warn("No listener for an error: {}", error instanceof MalformedPacketException m
                    ? "malformed packet (" + m.reason() + ")" : error.getMessage());
        }
        for (EchoListener l : listeners) {
            try {
                l.onError(error);
            } catch (RuntimeException e) {
                LOG.warn("EchoListener.onError threw", e);
            }
        }
    }

    private void onSubscriptionError(SocketIoPacket packet) {
        JsonNode channelNode = packet.argument(0);
        JsonNode statusNode = packet.argument(1);
        if (channelNode == null || !channelNode.isTextual() || statusNode == null || !statusNode.canConvertToInt()) {
            errorToAll(new MalformedPacketException("subscription_error without channel and status",
                    SocketIoCodec.encodeFrame(packet)));
            return;
        }
        String channel = channelNode.asText();
        int status = statusNode.asInt();
        boolean permanent = status >= 400 && status < 500;
        SubscriptionRefusedException refused = new SubscriptionRefusedException(channel, status, permanent);
        List<EchoSubscription> told;
        synchronized (lock) {
            ChannelEntry entry = channels.get(channel);
            if (entry == null || entry.refused || closed) {
                LOG.debug("Ignoring subscription_error for {} (not wanted or already refused)", channel);
                return;
            }
            told = List.copyOf(entry.subscriptions);
            cancel(entry.retry);
            entry.retry = null;
            if (permanent) {
                entry.refused = true;
            } else {
                entry.retryAttempt++;
                Duration delay = options.reconnectPolicy().nextDelay(entry.retryAttempt, random);
                entry.retry = schedule(() -> retry(entry), delay);
            }
        }
        LOG.warn("{}", refused.getMessage());
        for (EchoSubscription s : told) {
            try {
                if (permanent) {
                    s.listener().onSubscriptionRefused(refused);
                } else {
                    s.listener().onError(refused);
                }
            } catch (RuntimeException e) {
                LOG.warn("EchoListener threw on a subscription error", e);
            }
        }
    }

    private void retry(ChannelEntry entry) {
        synchronized (lock) {
            if (closed || entry.refused || channels.get(entry.channel.name()) != entry) {
                return;
            }
            entry.retry = null;
        }
        sendSubscribe(entry.channel);
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Scheduler refused a subscribe retry (shutting down?)");
            return null;
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    /** One wanted channel. Fields guarded by lock; the listener list is copy-on-write. */
    private static final class ChannelEntry {
        final EchoChannel channel;
        final List<EchoSubscription> subscriptions = new CopyOnWriteArrayList<>();
        /** The auth host refused it for good: not subscribed again until a listener subscribes again. */
        boolean refused;
        /** Transient subscription_errors in a row; reset on (re)connect. */
        int retryAttempt;
        ScheduledFuture<?> retry;

        ChannelEntry(EchoChannel channel) {
            this.channel = channel;
        }
    }

    /** The session's callbacks. */
    private final class Events implements SessionListener {

        @Override
        public void onOpen() {
            List<ChannelEntry> wanted = new ArrayList<>();
            synchronized (lock) {
                for (ChannelEntry e : channels.values()) {
                    cancel(e.retry);
                    e.retry = null;
                    e.retryAttempt = 0;
                    if (!e.refused) {
                        wanted.add(e);
                    }
                }
            }
            LOG.debug("Connected; subscribing {} channel(s)", wanted.size());
            // Every subscribe goes out before any listener is told: a listener may take its time (a route that
            // reconciles over REST), and the other channels must not wait for it.
            wanted.removeIf(e -> !sendSubscribe(e.channel));
            for (ChannelEntry e : wanted) {
                for (EchoSubscription s : e.subscriptions) {
                    try {
                        s.listener().onSubscribed(e.channel);
                    } catch (RuntimeException ex) {
                        LOG.warn("EchoListener.onSubscribed threw for {}", e.channel.name(), ex);
                    }
                }
            }
        }

        @Override
        public void onEvent(SocketIoPacket packet) {
            String name = packet.eventName();
            if (EchoMessages.SUBSCRIPTION_ERROR.equals(name)) {
                onSubscriptionError(packet);
                return;
            }
            int argc = packet.argumentCount();
            if (argc == 0) {
                errorToAll(new MalformedPacketException("event without arguments",
                        SocketIoCodec.encodeFrame(packet)));
                return;
            }
            String channel = argc >= 2 ? packet.rawArgument(0).stringValue() : null;
            List<EchoSubscription> subscriptions = subscriptionsOf(channel);
            if (subscriptions.isEmpty()) {
                LOG.debug("Dropping {} for channel {}: nobody subscribed", name, channel);
                return;
            }
            EchoEvent event = new EchoEvent(channel, name, packet.rawArgument(argc - 1), System.currentTimeMillis());
            for (EchoSubscription s : subscriptions) {
                try {
                    s.listener().onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("EchoListener.onEvent threw for {} on {}", name, channel, e);
                }
            }
        }

        @Override
        public void onError(VccExchangeException error) {
            errorToAll(error);
        }

        @Override
        public void onStateChanged(SessionHealth health) {
            for (EchoListener l : allListeners()) {
                try {
                    l.onStateChanged(health);
                } catch (RuntimeException e) {
                    LOG.warn("EchoListener.onStateChanged threw", e);
                }
            }
        }
    }
}
