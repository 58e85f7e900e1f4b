package dev.vccexchange.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.model.event.BalanceUpdated;
import dev.vccexchange.camel.model.event.OrderBookUpdated;
import dev.vccexchange.camel.model.event.OrderChanged;
import dev.vccexchange.camel.model.event.OrderListUpdated;
import dev.vccexchange.camel.model.event.OrderTransactionCreated;
import dev.vccexchange.camel.model.event.PricesUpdated;
import org.junit.jupiter.api.Test;

/** The socket payloads of vcc-api.md §5.4, given as the broadcast's {@code data} (and as the whole argument). */
class EventJsonTest {

    private static JsonNode tree(String s) throws Exception {
        return VccJson.mapper().readTree(s);
    }

    @Test
    void balanceUpdatedFlatMapAndWrapper() throws Exception {
        JsonNode arg = tree("""
                {"data":{"btc":{"balance":"1.5","available_balance":1.2},"usdt":{"balance":0,"available_balance":"0"},
                 "socket":null},"socket":null}""");
        BalanceUpdated fromArg = BalanceUpdated.from(arg);
        BalanceUpdated fromData = BalanceUpdated.from(arg.get("data"));
        assertThat(fromArg).isEqualTo(fromData);
        assertThat(fromData.balances()).containsOnlyKeys("btc", "usdt");
        assertThat(fromData.balances().get("btc").availableBalance()).isEqualByComparingTo("1.2");
    }

    @Test
    void orderChanged() throws Exception {
        OrderChanged e = OrderChanged.from(tree("""
                {"order":{"id":123,"original_id":null,"user_id":253063,"email":"x","trade_type":"buy",
                 "currency":"usdt","coin":"btc","type":"limit","ioc":0,"quantity":"0.5","price":"10000",
                 "executed_quantity":"0.2","executed_price":"10000","base_price":null,"stop_condition":null,
                 "fee":"0.0004","status":"executing","created_at":1605845940000,"updated_at":1605845941000},
                 "action":"matched","message":null}"""));
        assertThat(e.action()).isEqualTo("matched");
        assertThat(e.message()).isNull();
        assertThat(e.order().id()).isEqualTo("123");
        assertThat(e.order().executedQuantity()).isEqualByComparingTo("0.2");
        assertThat(e.order().status()).isEqualTo("executing");
    }

    @Test
    void orderListUpdated() throws Exception {
        assertThat(OrderListUpdated.from(tree("{\"data\":{\"currency\":\"btc\",\"action\":\"matched\"},"
                + "\"socket\":null}"))).isEqualTo(new OrderListUpdated("btc", "matched"));
    }

    @Test
    void orderTransactionCreated() throws Exception {
        OrderTransactionCreated e = OrderTransactionCreated.from(tree("""
                {"orderTransaction":{"buy_order_id":11,"sell_order_id":"12","quantity":"0.1","price":"10000",
                 "currency":"usdt","coin":"btc","amount":"1000","status":"executed","created_at":1605845940000,
                 "executed_date":{"date":"2020-11-20 04:19:00.000000","timezone_type":3,"timezone":"UTC"},
                 "sell_fee":"2","buy_fee":0.0002,"buyer_id":1,"seller_id":2,"transaction_type":"buy","id":99},
                 "buyOrder":{"id":11,"trade_type":"buy","status":"executed"},
                 "sellOrder":{"id":12,"trade_type":"sell","status":"executing"}}"""));
        assertThat(e.id()).isEqualTo("99");
        assertThat(e.buyOrderId()).isEqualTo("11");
        assertThat(e.sellOrderId()).isEqualTo("12");
        assertThat(e.amount()).isEqualByComparingTo("1000");
        assertThat(e.buyFee()).isEqualByComparingTo("0.0002");
        assertThat(e.transactionType()).isEqualTo("buy");
        assertThat(e.buyOrder().status()).isEqualTo("executed");
        assertThat(e.sellOrder().id()).isEqualTo("12");
    }

    @Test
    void orderBookUpdated() throws Exception {
        OrderBookUpdated e = OrderBookUpdated.from(tree("""
                {"currency":"usdt","coin":"btc","tickerSize":"0.01","isFullOrderBook":true,
                 "orderBook":{"buy":[{"count":2,"quantity":"0.3","price":"9999.99"}],
                 "sell":[{"count":"1","quantity":0.1,"price":10000}],"updatedAt":{"x":1},"meta":{"y":2}}}"""));
        assertThat(e.tickerSize()).isEqualByComparingTo("0.01");
        assertThat(e.isFullOrderBook()).isTrue();
        assertThat(e.buy()).singleElement().satisfies(l -> {
            assertThat(l.count()).isEqualTo(2);
            assertThat(l.price()).isEqualByComparingTo("9999.99");
        });
        assertThat(e.sell().get(0).count()).isEqualTo(1);
    }

    @Test
    void pricesUpdated() throws Exception {
        PricesUpdated e = PricesUpdated.from(tree("""
                {"btc_eth":{"coin":"eth","currency":"btc","price":"0.031","previous_price":"0.030","change":"3.33",
                 "last_24h_price":"0.029","volume":"120.5","created_at":1605845940000}}"""));
        assertThat(e.prices()).containsOnlyKeys("btc_eth");
        assertThat(e.prices().get("btc_eth").last24hPrice()).isEqualByComparingTo("0.029");
        assertThat(e.prices().get("btc_eth").previousPrice()).isEqualByComparingTo("0.030");
        assertThat(e.prices().get("btc_eth").createdAt()).isEqualTo(1605845940000L);
    }

    @Test
    void emptyAndNullPayloadsAreTolerated() throws Exception {
        assertThat(BalanceUpdated.from(tree("null")).balances()).isEmpty();
        assertThat(OrderChanged.from(tree("{}")).order()).isNull();
        assertThat(OrderTransactionCreated.from(tree("{}")).buyOrder()).isNull();
        assertThat(OrderBookUpdated.from(tree("{}")).buy()).isEmpty();
        assertThat(PricesUpdated.from(null).prices()).isEmpty();
    }
}
