package dev.vccexchange.camel.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: Camel and the vccexchange starter come in through auto-configuration. */
@SpringBootApplication
public class VccExchangeStarterTestApplication {
}
