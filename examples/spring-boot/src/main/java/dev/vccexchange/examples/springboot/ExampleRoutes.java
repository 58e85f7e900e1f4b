package dev.vccexchange.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The example's routes: live trades from the socket, and the ticker over REST on a timer. */
@Component
public class ExampleRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // every btc/usdt trade, as the exchange publishes it (public channel: no credentials needed)
        from("vccexchange:trades?coin=btc&currency=usdt").routeId("trades")
                .log("trade ${body}");

        // a REST call every {{example.ticker-period}} ms
        from("timer:ticker?period={{example.ticker-period:10000}}").routeId("ticker")
                .to("vccexchange:ticker")
                .log("ticker ${body}");
    }
}
