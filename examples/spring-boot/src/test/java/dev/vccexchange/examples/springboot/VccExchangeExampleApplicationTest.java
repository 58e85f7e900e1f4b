package dev.vccexchange.examples.springboot;

import java.util.concurrent.TimeUnit;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.simulator.VccSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The example starts, is configured from application.properties, and trades flow in from the simulator. */
@SpringBootTest(classes = VccExchangeExampleApplication.class,
                properties = { "camel.main.run-controller=false", "example.ticker-period=1000" })
class VccExchangeExampleApplicationTest {

    @Autowired
    CamelContext context;
    @Autowired
    VccSimulator simulator;
    @Autowired
    ProducerTemplate template;

    @Test
    void theComponentIsConfiguredFromPropertiesAndPointsAtTheSimulator() {
        var configuration = context.getComponent("vccexchange", VccExchangeComponent.class).getConfiguration();
        assertThat(configuration.getApiKey()).isEqualTo("demo-key");
        assertThat(configuration.getUserId()).isEqualTo(1L);
        assertThat(configuration.getReconnectDelay()).isEqualTo(500L);
        assertThat(configuration.getRestUrl()).isEqualTo(simulator.restUrl());
        assertThat(configuration.getSocketUrl()).isEqualTo(simulator.socketUrl());
    }

    @Test
    void receivesTradesFromTheSimulator() {
        NotifyBuilder trade = new NotifyBuilder(context).fromRoute("trades").whenCompleted(1).create();
        assertThat(trade.matches(20, TimeUnit.SECONDS)).as("a trade event within 20 s").isTrue();
    }

    @Test
    void theTickerRouteCallsRest() {
        NotifyBuilder ticker = new NotifyBuilder(context).fromRoute("ticker").whenCompleted(1).create();
        assertThat(ticker.matches(20, TimeUnit.SECONDS)).as("a ticker call within 20 s").isTrue();
        assertThat(template.requestBody("vccexchange:ticker", (Object) null, java.util.Map.class))
                .as("the simulator's pairs, keyed like VCC's").containsKey("BTC_USDT");
    }
}
