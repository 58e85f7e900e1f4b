package dev.vccexchange.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Camel and the vccexchange component come in through auto-configuration (camel-vccexchange-spring-boot-starter);
 * the component is configured in application.properties ({@code camel.component.vccexchange.*}); the routes are in
 * {@link ExampleRoutes}; {@link SimulatorConfiguration} runs an embedded exchange for the example to talk to.
 */
@SpringBootApplication
public class VccExchangeExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(VccExchangeExampleApplication.class, args);
    }
}
