package dev.vccexchange.examples.springboot;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.simulator.VccSimulator;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the embedded VCC Exchange simulator and points the component at it.
 * <p>
 * The simulator listens on free ports that are only known once it has started, so they cannot be written into
 * application.properties. Instead this ComponentCustomizer sets {@code restUrl} and {@code socketUrl} on the
 * component after the starter has applied {@code camel.component.vccexchange.*} (the starter's customizer has
 * order -100; this one runs later and wins for these two options).
 * <p>
 * Against the real exchange: set {@code example.simulator.enabled=false} and supply your own
 * {@code camel.component.vccexchange.api-key}/{@code api-secret}/{@code user-id} (the URLs default to VCC's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "example.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class SimulatorConfiguration {

    @Bean(destroyMethod = "close")
    public VccSimulator vccSimulator(@Value("${example.simulator.trade-rate:5}") double tradeRate) throws Exception {
        // REST and the Laravel Echo socket (plugged in by the simulator module through ServiceLoader), free ports
        return VccSimulator.builder().tradeRate(tradeRate).build().start();
    }

    @Bean
    public ComponentCustomizer simulatorUrls(VccSimulator simulator) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, org.apache.camel.Component target) {
                VccExchangeComponent component = (VccExchangeComponent) target;
                component.getConfiguration().setRestUrl(simulator.restUrl());
                component.getConfiguration().setSocketUrl(simulator.socketUrl());
            }

            @Override
            public boolean isEnabled(String name, org.apache.camel.Component target) {
                return target instanceof VccExchangeComponent;
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST;
            }
        };
    }
}
