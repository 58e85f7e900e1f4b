package dev.vccexchange.examples.springboot;

import java.util.ServiceLoader;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.simulator.SocketServerFactory;
import dev.vccexchange.simulator.VccSimulator;
import dev.vccexchange.simulator.socket.EchoSocketServer;
import dev.vccexchange.simulator.socket.SocketServerOptions;
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
        VccSimulator.Builder builder = VccSimulator.builder().tradeRate(tradeRate);
        if (ServiceLoader.load(SocketServerFactory.class).findFirst().isEmpty()) {
            // the simulator module registers no socket server of its own yet: plug its EchoSocketServer in
            builder.socketServerFactory(SimulatorConfiguration::echoSocketServer);
        }
        return builder.build().start();
    }

    /** The simulator's Laravel Echo socket server, adapted to the simulator's plug-in interface. */
    static SocketServerFactory.PluggedSocketServer echoSocketServer(int port,
                                                                   dev.vccexchange.simulator.SocketContext context) {
        EchoSocketServer server = new EchoSocketServer(SocketServerOptions.defaults().withPort(port), context::authorize);
        return new SocketServerFactory.PluggedSocketServer() {
            @Override
            public void start() throws java.io.IOException {
                server.start();
            }

            @Override
            public String url() {
                return server.url();
            }

            @Override
            public Object faults() {
                return server.faults();
            }

            @Override
            public void close() {
                server.close();
            }

            @Override
            public void publish(String channel, String event, com.fasterxml.jackson.databind.JsonNode payload) {
                server.publish(channel, event, payload);
            }
        };
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
