package dev.vccexchange.camel;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import dev.vccexchange.camel.echo.EchoConnectionRegistry;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code vccexchange:} component. It owns what endpoints share: the default {@link VccExchangeConfiguration},
 * the HTTP clients (one per TLS/proxy setting, normally exactly one), the scheduler of heartbeats and reconnects,
 * one socket per account ({@link EchoConnectionRegistry}) and one REST client per account.
 */
@Component("vccexchange")
public class VccExchangeComponent extends HealthCheckComponent {

    @Metadata(description = "Default options for every endpoint of this component.")
    private VccExchangeConfiguration configuration = new VccExchangeConfiguration();
    @Metadata(label = "advanced", autowired = true,
              description = "A java.net.http.HttpClient to use for REST calls and WebSockets instead of the one the "
                            + "component builds (then sslContextParameters and proxy options are ignored).")
    private java.net.http.HttpClient httpClient;

    private final VccExchangeClients clients = new VccExchangeClients(this);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        VccExchangeConfiguration endpointConfiguration = configuration.copy();
        VccExchangeEndpoint endpoint = new VccExchangeEndpoint(uri, this, endpointConfiguration);
        endpoint.setName(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        clients.start();
    }

    @Override
    protected void doStop() throws Exception {
        clients.stop();
        super.doStop();
    }

    /** The shared clients: HTTP, sockets per account, REST per account. */
    VccExchangeClients clients() {
        return clients;
    }

    ScheduledExecutorService scheduler() {
        return clients.scheduler();
    }

    public VccExchangeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(VccExchangeConfiguration configuration) {
        this.configuration = configuration;
    }

    public java.net.http.HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(java.net.http.HttpClient httpClient) {
        this.httpClient = httpClient;
    }
}
