package dev.vccexchange.camel;

import java.math.BigDecimal;

import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VccExchangeEndpointTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void uriOptionsBindThroughTheGeneratedConfigurer() {
        VccExchangeEndpoint endpoint = context.getEndpoint(
                "vccexchange:placeOrder?apiKey=k1&apiSecret=s1&coin=btc&currency=usdt&tradeType=buy&orderType=limit"
                + "&quantity=0.5&price=65000.10&restUrl=http://127.0.0.1:1/v3&requestTimeout=5s&rateLimit=2.5",
                VccExchangeEndpoint.class);

        VccExchangeConfiguration c = endpoint.getConfiguration();
        assertThat(endpoint.getName()).isEqualTo("placeOrder");
        assertThat(c.getApiKey()).isEqualTo("k1");
        assertThat(c.getCoin()).isEqualTo("btc");
        assertThat(c.getQuantity()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(c.getPrice()).isEqualByComparingTo(new BigDecimal("65000.10"));
        assertThat(c.getRequestTimeout()).isEqualTo(5000);
        assertThat(c.getRateLimit()).isEqualTo(2.5);
        // generated, reflection-free binding is in use
        assertThat(PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("vccexchange-endpoint", context))
                .isInstanceOf(VccExchangeEndpointConfigurer.class);
    }

    @Test
    void componentOptionsAreTheDefaultOfEveryEndpointAndEndpointOptionsOverrideThem() {
        VccExchangeComponent component = context.getComponent("vccexchange", VccExchangeComponent.class);
        component.getConfiguration().setApiKey("component-key");
        component.getConfiguration().setUserId(7L);

        VccExchangeEndpoint plain = context.getEndpoint("vccexchange:balance", VccExchangeEndpoint.class);
        VccExchangeEndpoint overridden = context.getEndpoint("vccexchange:balance?userId=8", VccExchangeEndpoint.class);

        assertThat(plain.getConfiguration().getApiKey()).isEqualTo("component-key");
        assertThat(plain.getConfiguration().getUserId()).isEqualTo(7L);
        assertThat(overridden.getConfiguration().getUserId()).isEqualTo(8L);
        assertThat(component.getConfiguration().getUserId()).as("endpoints work on a copy").isEqualTo(7L);
    }

    @Test
    void consumerDefaultsFollowTheContract() {
        VccExchangeConfiguration c = context.getEndpoint("vccexchange:prices", VccExchangeEndpoint.class)
                .getConfiguration();
        assertThat(c.getSocketUrl()).isEqualTo("wss://socket.vcc.exchange:6001");
        assertThat(c.getEngineIoVersion()).isEqualTo(3);
        assertThat(c.getReconnectDelay()).isEqualTo(1000);
        assertThat(c.getReconnectMaxDelay()).isEqualTo(30000);
        assertThat(c.getReconnectMaxAttempts()).isZero();
        assertThat(c.getRestUrl()).isEqualTo("https://api.vcc.exchange/v3");
    }

    @Test
    void secretsNeverShowInToStringOrTheLoggedUri() {
        VccExchangeEndpoint endpoint = context.getEndpoint(
                "vccexchange:balance?apiKey=SUPER-KEY-123&apiSecret=SUPER-SECRET-456&userId=1",
                VccExchangeEndpoint.class);

        assertThat(endpoint.getConfiguration().toString()).doesNotContain("SUPER-KEY-123", "SUPER-SECRET-456");
        assertThat(endpoint.toString()).doesNotContain("SUPER-KEY-123", "SUPER-SECRET-456");
    }

    @Test
    void unknownUriOptionIsRejected() {
        assertThatThrownBy(() -> context.getEndpoint("vccexchange:balance?noSuchOption=1"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("noSuchOption");
    }

    @Test
    void theEndpointAdvertisesTheServiceItTalksTo() {
        assertThat(context.getEndpoint("vccexchange:prices", VccExchangeEndpoint.class).getServiceUrl())
                .isEqualTo("wss://socket.vcc.exchange:6001");
        assertThat(context.getEndpoint("vccexchange:placeOrder", VccExchangeEndpoint.class).getServiceUrl())
                .isEqualTo("https://api.vcc.exchange/v3");
    }
}
