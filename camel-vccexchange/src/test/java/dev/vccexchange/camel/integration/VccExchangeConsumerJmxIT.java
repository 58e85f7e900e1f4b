package dev.vccexchange.camel.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.vccexchange.simulator.junit.VccSimulatorExtension;
import dev.vccexchange.simulator.socket.SocketFaults;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With JMX on, each consumer's MBean tells an operator what its socket and its channel are doing. */
@Timeout(60)
class VccExchangeConsumerJmxIT {

    @RegisterExtension
    static final VccSimulatorExtension SIM = VccSimulatorExtension.builder().tradeRate(0).build();

    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        camel = DemoAccount.camel(SIM); // camel-management is on the test classpath: JMX is on
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vccexchange:balance").routeId("balances").log("${body}");
                from("vccexchange:orders?apiKey=intruder-key").routeId("intruder").log("${body}");
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    /** Attribute → value of the consumer MBean of one route. */
    private Map<String, Object> consumer(String routeId) throws Exception {
        MBeanServer jmx = camel.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        for (ObjectName name : names) {
            if (routeId.equals(jmx.getAttribute(name, "RouteId"))) {
                Map<String, Object> out = new HashMap<>();
                for (String a : new String[] {"Channel", "Stream", "SessionState", "SessionStatus",
                                              "ReconnectAttempt", "SubscriptionRefusal"}) {
                    out.put(a, jmx.getAttribute(name, a));
                }
                return out;
            }
        }
        throw new AssertionError("no consumer MBean for route " + routeId + " among " + names);
    }

    @Test
    void theMBeanShowsTheSocketTheChannelAndARefusal() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> "OPEN".equals(consumer("balances").get("SessionState")));
        Map<String, Object> balances = consumer("balances");
        assertThat(balances).containsEntry("Channel", "private-App.User.1").containsEntry("Stream", "balance")
                .containsEntry("ReconnectAttempt", 0).containsEntry("SubscriptionRefusal", null);
        assertThat((String) balances.get("SessionStatus")).startsWith("open since");

        await().atMost(Duration.ofSeconds(10)).until(() -> consumer("intruder").get("SubscriptionRefusal") != null);
        assertThat((String) consumer("intruder").get("SubscriptionRefusal"))
                .contains("private-App.User.1").contains("refused with status 401").doesNotContain("intruder-key");
    }

    @Test
    void theMBeanFollowsTheSocketThroughADropAndBack() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> "OPEN".equals(consumer("balances").get("SessionState")));

        SIM.simulator().socketFaults(SocketFaults.class).dropAll();

        // The first reconnect waits reconnectDelay (1 s, ±50 %): time enough to see the socket down.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> !"OPEN".equals(consumer("balances").get("SessionState")));
        assertThat(consumer("balances").get("SessionState")).isIn("RECONNECT_WAIT", "CONNECTING");
        await().atMost(Duration.ofSeconds(10)).until(() -> "OPEN".equals(consumer("balances").get("SessionState")));
        assertThat(consumer("balances").get("ReconnectAttempt")).isEqualTo(0);
    }
}
