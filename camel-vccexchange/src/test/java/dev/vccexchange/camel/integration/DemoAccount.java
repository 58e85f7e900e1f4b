package dev.vccexchange.camel.integration;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.camel.VccExchangeConfiguration;
import dev.vccexchange.simulator.junit.VccSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** The integration tests' Camel context: its vccexchange component is the simulator's demo account (user 1). */
final class DemoAccount {

    private DemoAccount() {
    }

    /** Not started: add routes, then start it. */
    static CamelContext camel(VccSimulatorExtension simulator) {
        CamelContext camel = new DefaultCamelContext();
        VccExchangeConfiguration account = camel.getComponent("vccexchange", VccExchangeComponent.class)
                .getConfiguration();
        account.setApiKey("demo-key");
        account.setApiSecret("demo-secret");
        account.setUserId(1L);
        account.setRestUrl(simulator.restUrl());
        account.setSocketUrl(simulator.socketUrl());
        return camel;
    }
}
