package dev.vccexchange.camel;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Trade on VCC Exchange through its signed REST v3 API and consume its live socket.io events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "vccexchange", title = "VCC Exchange", syntax = "vccexchange:name",
             category = { Category.FINANCE, Category.BLOCKCHAIN }, headersClass = VccExchangeConstants.class,
             remote = true)
public class VccExchangeEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(description = "Consumer: the stream (balance, orders, trades, orderbook, prices, channel). "
                           + "Producer: the default operation (e.g. placeOrder, balance); the "
                           + "CamelVccExchangeOperation header overrides it.")
    @Metadata(required = true)
    private String name;
    @UriParam
    private VccExchangeConfiguration configuration;

    public VccExchangeEndpoint(String uri, VccExchangeComponent component, VccExchangeConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public VccExchangeComponent getComponent() {
        return (VccExchangeComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new VccExchangeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        VccExchangeConsumer consumer = new VccExchangeConsumer(this, processor, VccExchangeStream.resolve(name, configuration));
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public String getServiceUrl() {
        return VccExchangeStream.isStream(name) ? configuration.getSocketUrl() : configuration.getRestUrl();
    }

    @Override
    public String getServiceProtocol() {
        return VccExchangeStream.isStream(name) ? "socket.io" : "rest";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VccExchangeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(VccExchangeConfiguration configuration) {
        this.configuration = configuration;
    }
}
