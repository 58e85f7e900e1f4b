package dev.vccexchange.camel.springboot;

import java.math.BigDecimal;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.camel.VccExchangeConfiguration;
import dev.vccexchange.camel.VccExchangeEndpoint;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys of src/test/resources/application.properties reach the component and the endpoints it creates. */
@SpringBootTest(classes = VccExchangeStarterTestApplication.class)
class VccExchangeComponentAutoConfigurationTest {

    @Autowired
    CamelContext context;
    @Autowired
    VccExchangeComponentConfiguration properties;

    @Test
    void propertiesReachTheComponent() {
        VccExchangeComponent component = context.getComponent("vccexchange", VccExchangeComponent.class);
        assertBound(component.getConfiguration());
        assertThat(component.isLazyStartProducer()).isTrue();
    }

    @Test
    void propertiesReachAnEndpoint() {
        VccExchangeEndpoint endpoint = context.getEndpoint("vccexchange:balance", VccExchangeEndpoint.class);
        assertBound(endpoint.getConfiguration());
        assertThat(endpoint.isLazyStartProducer()).isTrue();
        // an endpoint option still overrides the component default
        VccExchangeEndpoint other = context.getEndpoint("vccexchange:balance?userId=7", VccExchangeEndpoint.class);
        assertThat(other.getConfiguration().getUserId()).isEqualTo(7L);
        assertThat(other.getConfiguration().getApiKey()).isEqualTo("from-boot");
    }

    @Test
    void unsetOptionsKeepTheComponentDefaults() {
        VccExchangeConfiguration configuration = context.getComponent("vccexchange", VccExchangeComponent.class)
                .getConfiguration();
        assertThat(configuration.getReconnectMaxDelay()).isEqualTo(30000L);
        assertThat(configuration.getConnectTimeout()).isEqualTo(10000L);
        assertThat(configuration.getEngineIoVersion()).isEqualTo(3);
        assertThat(configuration.getCoin()).isNull();
    }

    @Test
    void secretsAreNotPrinted() {
        VccExchangeComponent component = context.getComponent("vccexchange", VccExchangeComponent.class);
        VccExchangeEndpoint endpoint = context.getEndpoint("vccexchange:balance", VccExchangeEndpoint.class);
        assertThat(component.toString()).doesNotContain("from-boot");
        assertThat(component.getConfiguration().toString()).doesNotContain("from-boot").doesNotContain("boot-secret");
        assertThat(endpoint.toString()).doesNotContain("from-boot");
        assertThat(endpoint.getEndpointUri()).doesNotContain("from-boot");
        assertThat(endpoint.getConfiguration().toString()).doesNotContain("from-boot").doesNotContain("boot-secret");
    }

    @Test
    void springSeesTheBoundValues() {
        assertThat(properties.getApiKey()).isEqualTo("from-boot");
        assertThat(properties.getReconnectDelay()).hasSeconds(2);
        assertThat(properties.getRequestTimeout()).hasMillis(1500);
    }

    private static void assertBound(VccExchangeConfiguration configuration) {
        assertThat(configuration.getApiKey()).isEqualTo("from-boot");
        assertThat(configuration.getApiSecret()).isEqualTo("boot-secret");
        assertThat(configuration.getUserId()).isEqualTo(42L);
        assertThat(configuration.getRestUrl()).isEqualTo("http://127.0.0.1:1/v3");
        assertThat(configuration.getSocketUrl()).isEqualTo("ws://127.0.0.1:1");
        assertThat(configuration.getReconnectDelay()).isEqualTo(2000L);
        assertThat(configuration.getRequestTimeout()).isEqualTo(1500L);
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(configuration.getRateLimit()).isEqualTo(2.5);
        assertThat(configuration.isFetchAllPages()).isTrue();
        assertThat(configuration.getQuantity()).isEqualByComparingTo(new BigDecimal("0.015"));
    }
}
