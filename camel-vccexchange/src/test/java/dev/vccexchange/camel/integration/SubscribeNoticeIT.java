package dev.vccexchange.camel.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.vccexchange.camel.VccExchangeConstants;
import dev.vccexchange.camel.model.event.OrderChanged;
import dev.vccexchange.simulator.junit.VccSimulatorExtension;
import dev.vccexchange.simulator.socket.SocketFaults;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code subscribeNotice=true}: a route learns each time its channel was subscribed on a fresh socket, the moment to
 * reconcile what a dropped link missed; a consumer without the option never sees such an exchange.
 */
@Timeout(60)
class SubscribeNoticeIT {

    @RegisterExtension
    static final VccSimulatorExtension SIM = VccSimulatorExtension.builder().tradeRate(0).build();

    private CamelContext camel;
    private ProducerTemplate template;
    /** Event header of every exchange, with a marker for a null body. */
    private final List<String> orders = new CopyOnWriteArrayList<>();
    private final List<String> balances = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        camel = DemoAccount.camel(SIM);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vccexchange:orders?subscribeNotice=true").routeId("orders")
                        .process(e -> orders.add(describe(e)));
                from("vccexchange:balance").routeId("balances").process(e -> balances.add(describe(e)));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    private static String describe(Exchange e) {
        String event = e.getMessage().getHeader(VccExchangeConstants.EVENT, String.class);
        Object body = e.getMessage().getBody();
        return body == null ? event + " (no body) on " + e.getMessage().getHeader(VccExchangeConstants.CHANNEL)
                : body instanceof OrderChanged ? "order" : event;
    }

    private void placeOrder(String price) {
        template.requestBodyAndHeaders("vccexchange:placeOrder", null, Map.of(
                VccExchangeConstants.COIN, "btc", VccExchangeConstants.CURRENCY, "usdt",
                VccExchangeConstants.TRADE_TYPE, "buy", VccExchangeConstants.ORDER_TYPE, "limit",
                VccExchangeConstants.QUANTITY, "0.01", VccExchangeConstants.PRICE, price));
    }

    @Test
    void aNoticeOnEverySubscribeOfAFreshSocketThenTheEvents() {
        String notice = "VccExchangeSubscribed (no body) on private-App.User.1";
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.contains(notice));
        placeOrder("1000");
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.contains("order"));
        assertThat(orders.get(0)).isEqualTo(notice);

        SIM.simulator().socketFaults(SocketFaults.class).dropAll();
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.stream().filter(notice::equals).count() == 2);
        int afterReconnect = orders.size();
        placeOrder("1001");
        await().atMost(Duration.ofSeconds(10)).until(() -> orders.subList(afterReconnect, orders.size())
                .contains("order"));

        assertThat(balances).as("no notice without subscribeNotice").isNotEmpty()
                .noneMatch(b -> b.startsWith(VccExchangeConstants.SUBSCRIBED_EVENT));
    }
}
