package dev.vccexchange.camel;

import java.util.concurrent.Semaphore;

import dev.vccexchange.camel.echo.EchoChannel;
import dev.vccexchange.camel.echo.EchoConnection;
import dev.vccexchange.camel.echo.EchoEvent;
import dev.vccexchange.camel.echo.EchoListener;
import dev.vccexchange.camel.echo.EchoSubscription;
import dev.vccexchange.camel.error.SubscriptionRefusedException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.session.SessionHealth;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one Exchange per VCC Exchange socket event of its stream.
 *
 * <p>Lifecycle only: it leases the account's shared socket from the component, subscribes its channel and hands
 * each accepted event to the route on the socket's reader thread. The route's pace is the reader's pace
 * (back-pressure), and no thread is started per event. Suspend unsubscribes, resume subscribes again.
 *
 * <p>With JMX on, the consumer's MBean adds the socket's state to Camel's own attributes (exchanges are counted by
 * Camel's route statistics): read when asked, nothing is counted per event.
 */
@ManagedResource(description = "Managed VccExchangeConsumer")
public class VccExchangeConsumer extends DefaultConsumer implements Suspendable, EchoListener {

    private static final Logger LOG = LoggerFactory.getLogger(VccExchangeConsumer.class);

    private final VccExchangeStream.Subscription stream;
    /**
     * Signals the end of an exchange that the route finished asynchronously (threads(), seda, …). Only the socket's
     * reader thread waits on it, one exchange at a time, so one instance serves every event without allocation.
     */
    private final Semaphore asyncDone = new Semaphore(0);
    private final AsyncCallback releaseReader = doneSync -> {
        if (!doneSync) {
            asyncDone.release();
        }
    };

    /** Set on start, cleared on stop; read by the health check thread. */
    private volatile EchoConnection connection;
    /** Set while subscribed; touched only by lifecycle calls (start/stop/suspend/resume), which Camel serialises. */
    private EchoSubscription subscription;
    /** A 401/403 refusal of the channel: permanent until the consumer is restarted. Read by the health check. */
    private volatile SubscriptionRefusedException refusal;

    public VccExchangeConsumer(VccExchangeEndpoint endpoint, Processor processor,
                               VccExchangeStream.Subscription stream) {
        super(endpoint, processor);
        this.stream = stream;
    }

    @Override
    public VccExchangeEndpoint getEndpoint() {
        return (VccExchangeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Optional: only when camel-health's consumers repository is present (Camel Main, Spring Boot, Quarkus).
        if (HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "consumers",
                                                       HealthCheckRepository.class) != null) {
            VccExchangeConsumerHealthCheck check = new VccExchangeConsumerHealthCheck(this, getRouteId());
            check.setEnabled(getEndpoint().getComponent().isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // Never blocks and never fails on a network problem: the socket connects and reconnects in the background.
        connection = getEndpoint().getComponent().clients().acquireSocket(getEndpoint().getConfiguration());
        subscribe();
        LOG.info("Consuming {} events of channel {} from {}", stream.stream().uriName(), stream.channel().name(),
                 getEndpoint().getConfiguration().getSocketUrl());
    }

    @Override
    protected void doStop() throws Exception {
        unsubscribe();
        EchoConnection current = connection;
        connection = null;
        if (current != null) {
            getEndpoint().getComponent().clients().releaseSocket(current);
        }
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        unsubscribe();
    }

    @Override
    protected void doResume() throws Exception {
        subscribe();
    }

    private void subscribe() {
        refusal = null;
        if (subscription == null && connection != null) {
            subscription = connection.subscribe(stream.channel(), this);
        }
    }

    private void unsubscribe() {
        if (subscription != null && connection != null) {
            connection.unsubscribe(subscription);
        }
        subscription = null;
    }

    /** Runs on the socket's reader thread: the next frame is read when this returns. */
    @Override
    public void onEvent(EchoEvent event) {
        if (!stream.accepts(event)) {
            LOG.trace("Skipping {} on {}: not an event of this {} consumer", event.event(), event.channel(),
                      stream.stream().uriName());
            return;
        }
        Object body;
        try {
            body = stream.body(event);
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Cannot read the body of event " + event.event() + " on channel "
                                                  + event.channel(),
                                                  new VccExchangeException("Malformed " + event.event() + " event: "
                                                                           + e.getMessage(), e));
            return;
        }
        deliver(event.event(), event.channel(), event.receivedAtMillis(), body);
    }

    /** Runs on the socket's reader thread, before any event that follows on the fresh socket. */
    @Override
    public void onSubscribed(EchoChannel channel) {
        // (A suspend racing a reconnect could still reach here: a suspended consumer stays silent.)
        if (getEndpoint().getConfiguration().isSubscribeNotice() && !isSuspendingOrSuspended()) {
            deliver(VccExchangeConstants.SUBSCRIBED_EVENT, channel.name(), System.currentTimeMillis(), null);
        }
    }

    /** One Exchange through the route, on the calling (reader) thread, which it holds until the route is done. */
    private void deliver(String eventName, String channel, long receivedAt, Object body) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setHeader(VccExchangeConstants.EVENT, eventName);
            message.setHeader(VccExchangeConstants.CHANNEL, channel);
            message.setHeader(VccExchangeConstants.RECEIVED_AT, receivedAt);
            message.setBody(body);
            if (!getAsyncProcessor().process(exchange, releaseReader)) {
                // The route went asynchronous: still hold the reader until it is done (back-pressure).
                asyncDone.acquireUninterruptibly();
            }
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing " + eventName + " event", exchange,
                                                      exchange.getException());
            }
            releaseExchange(exchange, false);
        }
    }

    @Override
    public void onSubscriptionRefused(SubscriptionRefusedException e) {
        if (e.permanent()) {
            refusal = e;
        }
        getExceptionHandler().handleException(e.getMessage(), e);
    }

    @Override
    public void onError(VccExchangeException e) {
        getExceptionHandler().handleException(e.getMessage(), e);
    }

    @ManagedAttribute(description = "Channel this consumer is subscribed to")
    public String getChannel() {
        return stream.channel().name();
    }

    @ManagedAttribute(description = "Stream of events delivered (balance, orders, trades, orderbook, prices, channel)")
    public String getStream() {
        return stream.stream().uriName();
    }

    @ManagedAttribute(description = "State of the account's shared socket: OPEN, CONNECTING, RECONNECT_WAIT, GAVE_UP, "
                                    + "CLOSED, or NOT_STARTED")
    public String getSessionState() {
        SessionHealth health = sessionHealth();
        return health == null ? "NOT_STARTED" : health.state().name();
    }

    @ManagedAttribute(description = "The socket's state in words, e.g. reconnecting in 2.1s after attempt 3: ...")
    public String getSessionStatus() {
        SessionHealth health = sessionHealth();
        return health == null ? "not started" : health.describe();
    }

    @ManagedAttribute(description = "Failed connection attempts in a row (0 while connected)")
    public int getReconnectAttempt() {
        SessionHealth health = sessionHealth();
        return health == null ? 0 : health.attempt();
    }

    @ManagedAttribute(description = "Why the exchange refused this channel for good (fix the credentials and restart), "
                                    + "or null")
    public String getSubscriptionRefusal() {
        SubscriptionRefusedException r = refusal;
        return r == null ? null : r.getMessage();
    }

    /** For the health check: the shared socket's state, or null before start / after stop. */
    SessionHealth sessionHealth() {
        EchoConnection current = connection;
        return current == null ? null : current.health();
    }

    SubscriptionRefusedException refusal() {
        return refusal;
    }

    VccExchangeStream.Subscription stream() {
        return stream;
    }
}
