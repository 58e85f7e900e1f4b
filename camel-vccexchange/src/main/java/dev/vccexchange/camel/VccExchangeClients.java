package dev.vccexchange.camel;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import dev.vccexchange.camel.echo.EchoConnection;
import dev.vccexchange.camel.echo.EchoConnectionRegistry;
import dev.vccexchange.camel.rest.RestOptions;
import dev.vccexchange.camel.rest.VccRestClient;
import dev.vccexchange.camel.session.ReconnectPolicy;
import dev.vccexchange.camel.session.SessionOptions;
import dev.vccexchange.camel.wire.EngineIoVersion;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What the component's endpoints share, created on start and released on stop: the HTTP clients (one per
 * TLS/proxy setting, normally exactly one), the scheduler of heartbeats and reconnects, one socket per account
 * and one REST client per account (so a client-side rate limit covers every endpoint of that account).
 */
final class VccExchangeClients {

    /** Reconnect back-off growth and jitter are fixed by the protocol contract (issue #2): x2, ±50 %. */
    private static final double RECONNECT_MULTIPLIER = 2.0;
    private static final double RECONNECT_JITTER = 0.5;

    private final VccExchangeComponent component;
    private final Map<HttpKey, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<RestKey, VccRestClient> restClients = new ConcurrentHashMap<>();
    private final EchoConnectionRegistry sockets = new EchoConnectionRegistry();
    private volatile ScheduledExecutorService scheduler;

    VccExchangeClients(VccExchangeComponent component) {
        this.component = component;
    }

    void start() {
        // One thread: it only runs heartbeats and reconnect timers, never route work.
        scheduler = component.getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(component, "VccExchangeTimers", 1);
    }

    void stop() {
        restClients.clear();
        httpClients.clear();
        if (scheduler != null) {
            component.getCamelContext().getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
        }
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** The account's shared socket; the consumer must {@link #releaseSocket release} it when it stops. */
    EchoConnection acquireSocket(VccExchangeConfiguration configuration) {
        SessionOptions options = new SessionOptions(
                URI.create(configuration.getSocketUrl()),
                EngineIoVersion.of(configuration.getEngineIoVersion()),
                Duration.ofMillis(configuration.getConnectTimeout()),
                new ReconnectPolicy(Duration.ofMillis(configuration.getReconnectDelay()),
                                    Duration.ofMillis(configuration.getReconnectMaxDelay()),
                                    RECONNECT_MULTIPLIER, RECONNECT_JITTER, configuration.getReconnectMaxAttempts()));
        EchoConnectionRegistry.Key key = new EchoConnectionRegistry.Key(
                options.socketUrl(), configuration.getApiKey(), options.version());
        HttpClient http = httpClient(configuration);
        return sockets.acquire(key, () -> new EchoConnection(http, scheduler, options, configuration.getApiKey()));
    }

    void releaseSocket(EchoConnection connection) {
        sockets.release(connection);
    }

    /**
     * One client per account and option set: endpoints of one account with the same options share it (and so its
     * rate limiter and exchange_info cache); an endpoint with its own timeout or paging gets its own.
     */
    VccRestClient restClient(VccExchangeConfiguration configuration) {
        RestOptions options = new RestOptions(
                URI.create(configuration.getRestUrl()), configuration.getApiKey(), configuration.getApiSecret(),
                Duration.ofMillis(configuration.getRequestTimeout()), configuration.getRateLimit(),
                configuration.getMaxRetries(), configuration.isFetchAllPages());
        HttpClient http = httpClient(configuration);
        return restClients.computeIfAbsent(new RestKey(options, http), k -> new VccRestClient(http, options));
    }

    HttpClient httpClient(VccExchangeConfiguration configuration) {
        if (component.getHttpClient() != null) {
            return component.getHttpClient();
        }
        HttpKey key = new HttpKey(configuration.getSslContextParameters(), configuration.getProxyHost(),
                                  configuration.getProxyPort());
        return httpClients.computeIfAbsent(key, this::newHttpClient);
    }

    private HttpClient newHttpClient(HttpKey key) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2) // falls back to HTTP/1.1 where not offered, and for WebSockets
                .connectTimeout(Duration.ofSeconds(10));
        if (key.ssl() != null) {
            try {
                builder.sslContext(key.ssl().createSSLContext(component.getCamelContext()));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the SSLContext from sslContextParameters", e);
            }
        }
        if (key.proxyHost() != null) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(key.proxyHost(),
                                                                 Objects.requireNonNullElse(key.proxyPort(), 8080))));
        }
        return builder.build();
    }

    private record HttpKey(SSLContextParameters ssl, String proxyHost, Integer proxyPort) {
    }

    /** RestOptions masks the secrets it holds in toString(). */
    private record RestKey(RestOptions options, HttpClient http) {
    }
}
