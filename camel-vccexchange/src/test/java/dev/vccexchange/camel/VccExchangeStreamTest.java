package dev.vccexchange.camel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vccexchange.camel.echo.EchoEvent;
import dev.vccexchange.camel.model.JsonView;
import dev.vccexchange.camel.wire.SocketIoCodec;
import dev.vccexchange.camel.wire.SocketIoPacket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VccExchangeStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static VccExchangeConfiguration config(String coin, String currency) {
        VccExchangeConfiguration c = new VccExchangeConfiguration();
        c.setUserId(253063L);
        c.setCoin(coin);
        c.setCurrency(currency);
        return c;
    }

    private static EchoEvent event(String channel, String name, String payloadJson) throws Exception {
        return new EchoEvent(channel, name, JSON.readTree(payloadJson), 1L);
    }

    @Test
    void namedStreamsSubscribeTheChannelsOfTheContract() {
        VccExchangeConfiguration c = config(null, null);
        assertThat(VccExchangeStream.resolve("balance", c).channel().name()).isEqualTo("private-App.User.253063");
        assertThat(VccExchangeStream.resolve("orders", c).channel().name()).isEqualTo("private-App.User.253063");
        assertThat(VccExchangeStream.resolve("trades", c).channel().name()).isEqualTo("App.Orders");
        assertThat(VccExchangeStream.resolve("orderbook", c).channel().name()).isEqualTo("App.OrderBook");
        assertThat(VccExchangeStream.resolve("prices", c).channel().name()).isEqualTo("App.Prices");
        assertThat(VccExchangeStream.resolve("orders", c).events())
                .containsExactlyInAnyOrder("App\\Events\\OrderChanged", "App\\Events\\OrderListUpdated");
    }

    @Test
    void privateStreamsNeedAUserIdAndTheChannelStreamNeedsAChannel() {
        assertThatThrownBy(() -> VccExchangeStream.resolve("balance", new VccExchangeConfiguration()))
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> VccExchangeStream.resolve("channel", new VccExchangeConfiguration()))
                .hasMessageContaining("channel option");
        assertThatThrownBy(() -> VccExchangeStream.resolve("nope", new VccExchangeConfiguration()))
                .hasMessageContaining("Unknown vccexchange stream 'nope'");
    }

    @Test
    void tradesAreFilteredByCoinAndCurrencyOfTheOrderTransaction() throws Exception {
        VccExchangeStream.Subscription btcUsdt = VccExchangeStream.resolve("trades", config("BTC", "usdt"));
        String trade = """
                {"data":{"orderTransaction":{"id":9,"coin":"%s","currency":"usdt","price":"65000","quantity":"0.1"},
                 "buyOrder":{},"sellOrder":{}},"socket":null}""";

        assertThat(btcUsdt.accepts(event("App.Orders", "App\\Events\\OrderTransactionCreated", trade.formatted("btc"))))
                .isTrue();
        assertThat(btcUsdt.accepts(event("App.Orders", "App\\Events\\OrderTransactionCreated", trade.formatted("eth"))))
                .isFalse();
        assertThat(btcUsdt.accepts(event("App.Orders", "App\\Events\\SomethingElse", trade.formatted("btc"))))
                .as("only the stream's events").isFalse();
    }

    @Test
    void orderBookIsFilteredOnItsTopLevelMarket() throws Exception {
        VccExchangeStream.Subscription ethOnly = VccExchangeStream.resolve("orderbook", config("eth", null));
        String book = "{\"data\":{\"coin\":\"%s\",\"currency\":\"usdt\",\"orderBook\":{\"buy\":[],\"sell\":[]}},"
                      + "\"socket\":null}";
        assertThat(ethOnly.accepts(event("App.OrderBook", "App\\Events\\OrderBookUpdated", book.formatted("eth"))))
                .isTrue();
        assertThat(ethOnly.accepts(event("App.OrderBook", "App\\Events\\OrderBookUpdated", book.formatted("btc"))))
                .isFalse();
    }

    @Test
    void channelStreamDeliversTheNamedEventsAsPlainJavaValues() throws Exception {
        VccExchangeConfiguration c = new VccExchangeConfiguration();
        c.setChannel("ticker");
        c.setEvents(" App\\Events\\TickerUpdated , App\\Events\\Other ");
        VccExchangeStream.Subscription s = VccExchangeStream.resolve("channel", c);

        EchoEvent ticker = event("ticker", "App\\Events\\TickerUpdated",
                                 "{\"pair\":\"BTC/USD\",\"last\":\"65000.10\",\"levels\":[1,2]}");
        assertThat(s.accepts(ticker)).isTrue();
        assertThat(s.accepts(event("ticker", "App\\Events\\Unwanted", "{}"))).isFalse();
        assertThat(s.body(ticker)).isEqualTo(Map.of("pair", "BTC/USD", "last", "65000.10", "levels", List.of(1, 2)));
    }

    @Test
    void channelStreamWithoutEventsDeliversEverything() throws Exception {
        VccExchangeConfiguration c = new VccExchangeConfiguration();
        c.setChannel("App.Prices");
        VccExchangeStream.Subscription s = VccExchangeStream.resolve("channel", c);
        JsonNode scalar = JSON.readTree("42");
        assertThat(s.accepts(new EchoEvent("App.Prices", "anything", scalar, 1L))).isTrue();
        assertThat(s.body(new EchoEvent("App.Prices", "anything", scalar, 1L))).isEqualTo(42);
    }

    @Test
    void aReceivedChannelEventIsAViewOfTheTextAsSentAndReadsLikeAnyMap() {
        VccExchangeConfiguration c = new VccExchangeConfiguration();
        c.setChannel("App.Prices");
        VccExchangeStream.Subscription s = VccExchangeStream.resolve("channel", c);
        String data = "{ \"data\": {\"price\":\"65000.12\", \"levels\":[1, 2.5]}, \"socket\":null }";
        SocketIoPacket packet = SocketIoCodec.decodeFrame("42[\"App\\\\Events\\\\PricesUpdated\",\"App.Prices\"," + data + "]");
        EchoEvent event = new EchoEvent("App.Prices", packet.eventName(), packet.rawArgument(1), 1L);

        Object body = s.body(event);
        // JSON out is the text as received (no re-serialisation) ...
        assertThat(JsonView.json(body)).isEqualTo(data);
        assertThat(body).hasToString(data);
        // ... and reading it gives plain Java values.
        assertThat(body).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) body;
        assertThat(map.get("data")).isEqualTo(Map.of("price", "65000.12", "levels", List.of(1, new java.math.BigDecimal("2.5").doubleValue())));
        assertThat(map.containsKey("socket")).isTrue();
        assertThat(map.get("socket")).isNull();

        SocketIoPacket text = SocketIoCodec.decodeFrame("42[\"e\",\"App.Prices\",\"plain\"]");
        assertThat(s.body(new EchoEvent("App.Prices", "e", text.rawArgument(1), 1L))).isEqualTo("plain");
        SocketIoPacket number = SocketIoCodec.decodeFrame("42[\"e\",\"App.Prices\",42]");
        assertThat(s.body(new EchoEvent("App.Prices", "e", number.rawArgument(1), 1L))).isEqualTo(42);
    }
}
