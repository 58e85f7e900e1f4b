package dev.vccexchange.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vccexchange.camel.model.account.Balances;
import dev.vccexchange.camel.model.account.DepositAddress;
import dev.vccexchange.camel.model.account.Transaction;
import dev.vccexchange.camel.model.account.User;
import dev.vccexchange.camel.model.market.Asset;
import dev.vccexchange.camel.model.market.Candle;
import dev.vccexchange.camel.model.market.ExchangeInfo;
import dev.vccexchange.camel.model.market.OrderBook;
import dev.vccexchange.camel.model.market.PublicTrade;
import dev.vccexchange.camel.model.market.SymbolInfo;
import dev.vccexchange.camel.model.market.Ticker;
import dev.vccexchange.camel.model.trade.MyTrade;
import dev.vccexchange.camel.model.trade.Order;
import dev.vccexchange.camel.model.trade.OrderRequest;
import dev.vccexchange.camel.model.trade.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST samples of vcc-api.md §1.3, §1.4 and §3.1, read with the shared mapper. */
class ModelJsonTest {

    private final ObjectMapper json = VccJson.mapper();

    @Test
    void createLimitEchoWithStringIsStopAndNumericFee() throws Exception {
        Order o = json.readValue("""
                {"id":41230,"trade_type":"sell","type":"limit","quantity":"1","price":"14.99","currency":"usdt",
                 "coin":"neo","status":"pending","is_stop":"1","stop_price":"13","stop_condition":"ge","fee":0,
                 "created_at":1560244052168,"updated_at":1560244052168,"brand_new_field":{"x":1}}""", Order.class);
        assertThat(o.id()).isEqualTo("41230");
        assertThat(o.tradeType()).isEqualTo("sell");
        assertThat(o.price()).isEqualByComparingTo("14.99");
        assertThat(o.quantity()).isEqualByComparingTo("1");
        assertThat(o.isStop()).isTrue();
        assertThat(o.stopPrice()).isEqualByComparingTo("13");
        assertThat(o.stopCondition()).isEqualTo("ge");
        assertThat(o.fee()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(o.createdAt()).isEqualTo(1560244052168L);
        assertThat(o.isOpen()).isTrue();
    }

    @Test
    void ceilingMarketEcho() throws Exception {
        Order o = json.readValue("""
                {"coin":"btc","currency":"usdt","trade_type":"buy","type":"ceiling_market","ceiling":"30",
                 "user_id":253063,"email":"x@example.com","side":"buy","quantity":"0.00172800","status":"pending",
                 "fee":0,"created_at":1606571333035,"updated_at":1606571333035,"instrument_symbol":"BTCUSDT",
                 "remaining":"0.00172800","fee_rate":"0.002","id":88214435}""", Order.class);
        assertThat(o.id()).isEqualTo("88214435");
        assertThat(o.userId()).isEqualTo("253063");
        assertThat(o.ceiling()).isEqualByComparingTo("30");
        assertThat(o.quantity()).isEqualTo(new BigDecimal("0.00172800"));
        assertThat(o.isStop()).isNull();
    }

    @Test
    void orderFromGetWithNumbersAsNumbersAndNulls() throws Exception {
        Order o = json.readValue("""
                {"id":"88214435","user_id":"253063","created_at":"1606571333035","updated_at":null,"coin":"btc",
                 "currency":"usdt","type":"market","trade_type":"buy","executed_price":17361.11,"price":null,
                 "executed_quantity":0.001728,"quantity":"0.001728","fee":"0.0000034","status":"executed",
                 "is_stop":0,"stop_condition":null,"stop_price":"","ceiling":null}""", Order.class);
        assertThat(o.executedPrice()).isEqualTo(new BigDecimal("17361.11"));
        assertThat(o.executedQuantity()).isEqualTo(new BigDecimal("0.001728"));
        assertThat(o.createdAt()).isEqualTo(1606571333035L);
        assertThat(o.updatedAt()).isNull();
        assertThat(o.price()).isNull();
        assertThat(o.stopPrice()).isNull();
        assertThat(o.isStop()).isFalse();
        assertThat(o.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(o.isOpen()).isFalse();
    }

    @Test
    void paginatorOfOrders() throws Exception {
        Page<Order> p = json.readValue("""
                {"current_page":1,"data":[{"id":1,"status":"pending"},{"id":2,"status":"executing"}],
                 "first_page_url":"https://api.vcc.exchange/v3/orders/open?page=1","from":1,"last_page":3,
                 "last_page_url":"https://api.vcc.exchange/v3/orders/open?page=3",
                 "next_page_url":"https://api.vcc.exchange/v3/orders/open?page=2","path":"x","per_page":"2",
                 "prev_page_url":null,"to":2,"total":6}""", new TypeReference<Page<Order>>() { });
        assertThat(p.currentPage()).isEqualTo(1);
        assertThat(p.lastPage()).isEqualTo(3);
        assertThat(p.perPage()).isEqualTo(2);
        assertThat(p.total()).isEqualTo(6L);
        assertThat(p.hasNext()).isTrue();
        assertThat(p.data()).extracting(Order::id).containsExactly("1", "2");
    }

    @Test
    void balancesWithNumbersAndStrings() throws Exception {
        Balances b = json.readValue("""
                {"btc":{"balance":0,"available_balance":0},
                 "usdt":{"balance":"12.50000000","available_balance":"10.0","locked":"2.5"}}""", Balances.class);
        assertThat(b.get("BTC").balance()).isEqualByComparingTo("0");
        assertThat(b.get("usdt").availableBalance()).isEqualByComparingTo("10");
        assertThat(b.balances()).containsOnlyKeys("btc", "usdt");
    }

    @Test
    void myTrade() throws Exception {
        MyTrade t = json.readValue("""
                {"trade_type":"buy","fee":"0.0000034","id":5001,"created_at":1606571333035,"currency":"usdt",
                 "coin":"btc","price":"17361.11","quantity":"0.001728","amount":"30.0"}""", MyTrade.class);
        assertThat(t.id()).isEqualTo("5001");
        assertThat(t.amount()).isEqualByComparingTo("30");
    }

    @Test
    void exchangeInfo() throws Exception {
        ExchangeInfo info = json.readValue("""
                {"timezone":"UTC","serverTime":1605821914333,"symbols":[{"id":"btcvnd","symbol":"BTC/VND",
                 "coin":"btc","currency":"vnd","baseId":1,"quoteId":0,"active":true,
                 "base_precision":"0.0000010000","quote_precision":"1.0000000000",
                 "minimum_quantity":"0.0000010000","minimum_amount":"250000.0000000000",
                 "precision":{"price":0,"amount":6,"cost":6},
                 "limits":{"amount":{"min":"0.0000010000"},"price":{"min":"1.0000000000"},
                 "cost":{"min":"250000.0000000000"}}}]}""", ExchangeInfo.class);
        assertThat(info.serverTime()).isEqualTo(1605821914333L);
        SymbolInfo s = info.symbol("BTC", "VND").orElseThrow();
        assertThat(s.baseId()).isEqualTo("1");
        assertThat(s.active()).isTrue();
        assertThat(s.pricePrecision()).isZero();
        assertThat(s.amountPrecision()).isEqualTo(6);
        assertThat(s.minQuantity()).isEqualByComparingTo("0.000001");
        assertThat(s.minPrice()).isEqualByComparingTo("1");
        assertThat(s.minAmount()).isEqualByComparingTo("250000");
        assertThat(info.symbol("eth", "vnd")).isEmpty();
    }

    @Test
    void assets() throws Exception {
        Map<String, Asset> m = json.readValue("""
                {"BTC":{"name":"Bitcoin","unified_cryptoasset_id":1,"can_withdraw":1,"can_deposit":"0",
                 "min_withdraw":"0.001","max_withdraw":"10","maker_fee":"0.002","taker_fee":"0.002","decimal":8,
                 "withdrawal_fee":"0.0005"}}""", new TypeReference<Map<String, Asset>>() { });
        Asset a = m.get("BTC");
        assertThat(a.canWithdraw()).isTrue();
        assertThat(a.canDeposit()).isFalse();
        assertThat(a.decimals()).isEqualTo(8);
        assertThat(a.makerFee()).isEqualByComparingTo("0.002");
        assertThat(a.unifiedCryptoassetId()).isEqualTo("1");
    }

    @Test
    void ticker() throws Exception {
        Map<String, Ticker> m = json.readValue("""
                {"BTC_VND":{"base_id":"1","quote_id":"0","last_price":"411119457","max_price":"419893173.0000000000",
                 "min_price":"401292577.0000000000","open_price":null,"base_volume":"10.2571","quote_volume":
                 4201932281.62,"isFrozen":0}}""", new TypeReference<Map<String, Ticker>>() { });
        Ticker t = m.get("BTC_VND");
        assertThat(t.lastPrice()).isEqualByComparingTo("411119457");
        assertThat(t.openPrice()).isNull();
        assertThat(t.quoteVolume()).isEqualTo(new BigDecimal("4201932281.62"));
        assertThat(t.isFrozen()).isFalse();
    }

    @Test
    void publicTrades() throws Exception {
        List<PublicTrade> l = json.readValue("""
                [{"trade_id":181509285,"price":"415933184.00000000","base_volume":"0.00040200",
                  "quote_volume":"167205.13","trade_timestamp":1605842150357,"type":"buy"}]""",
                new TypeReference<List<PublicTrade>>() { });
        assertThat(l).singleElement().satisfies(t -> {
            assertThat(t.tradeId()).isEqualTo("181509285");
            assertThat(t.tradeTimestamp()).isEqualTo(1605842150357L);
            assertThat(t.baseVolume()).isEqualByComparingTo("0.000402");
        });
    }

    @Test
    void orderBookWithStringTimestampAndMixedLevels() throws Exception {
        OrderBook b = json.readValue("""
                {"bids":[["413342637.0000000000","0.165089"],[413000000,0.5]],
                 "asks":[{"price":"414000000","quantity":"0.1"}],"timestamp":"1605841619147"}""", OrderBook.class);
        assertThat(b.bids()).hasSize(2);
        assertThat(b.bids().get(0).price()).isEqualByComparingTo("413342637");
        assertThat(b.bids().get(0).quantity()).isEqualTo(new BigDecimal("0.165089"));
        assertThat(b.bids().get(1).quantity()).isEqualByComparingTo("0.5");
        assertThat(b.asks().get(0).price()).isEqualByComparingTo("414000000");
        assertThat(b.timestamp()).isEqualTo(1605841619147L);
    }

    @Test
    void candles() throws Exception {
        List<Candle> l = json.readValue("""
                [{"low":"415933184","high":"416000000","open":"415933184","close":"416000000",
                  "time":"1605845940000","volume":"0.0123","opening_time":1605845940000,
                  "closing_time":1605845999999}]""", new TypeReference<List<Candle>>() { });
        Candle c = l.get(0);
        assertThat(c.time()).isEqualTo(1605845940000L);
        assertThat(c.close()).isEqualByComparingTo("416000000");
        assertThat(c.closingTime()).isEqualTo(1605845999999L);
    }

    @Test
    void depositAddress() throws Exception {
        DepositAddress pending = json.readValue("{\"status\":\"REQUESTED\",\"blockchain_address\":\"\","
                + "\"currency\":\"btc\"}", DepositAddress.class);
        assertThat(pending.isReady()).isFalse();
        DepositAddress ready = json.readValue("{\"status\":\"PROVISIONED\",\"blockchain_address\":\"1Abc\","
                + "\"blockchain_tag\":\"77\",\"currency\":\"xrp\"}", DepositAddress.class);
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.blockchainTag()).isEqualTo("77");
    }

    @Test
    void transaction() throws Exception {
        Transaction t = json.readValue("""
                {"id":1,"user_id":253063,"transaction_id":"0xabc","internal_transaction_id":null,"currency":"usdt",
                 "amount":"-100.5","btc_amount":"0","fee":"1","tx_cost":"0","confirmation":"12",
                 "status":"success","transaction_timestamp":"1605845940000","created_at":1605845940000,
                 "updated_at":1605845940000,"network":"erc20","executed_date":{"date":"x"}}""", Transaction.class);
        assertThat(t.amount()).isEqualByComparingTo("-100.5");
        assertThat(t.confirmation()).isEqualTo(12);
        assertThat(t.transactionTimestamp()).isEqualTo(1605845940000L);
    }

    @Test
    void userKeepsRawJson() throws Exception {
        User u = json.readValue("{\"id\":253063,\"email\":\"x@example.com\",\"security_level\":2}", User.class);
        assertThat(u.id()).isEqualTo("253063");
        assertThat(u.raw()).containsEntry("security_level", 2);
        assertThat(u.field("email")).isEqualTo("x@example.com");
        assertThat(json.readValue("{\"name\":\"n\"}", User.class).id()).isNull();
    }

    @Test
    void phpEmptyArraysStandInForEmptyObjects() throws Exception {
        // PHP's json_encode writes an empty associative array as [], so {} may arrive as []
        assertThat(json.readValue("[]", Balances.class).balances()).isEmpty();
        assertThat(json.readValue("{}", Balances.class).balances()).isEmpty();
        assertThat(json.readValue("[]", new TypeReference<Map<String, Ticker>>() { })).isEmpty();
        assertThat(json.readValue("[]", User.class).raw()).isEmpty();
        Order o = json.readValue("{\"id\":1,\"fee\":[],\"stop_price\":null}", Order.class);
        assertThat(o.id()).isEqualTo("1");
        assertThat(o.fee()).isNull();
        assertThat(json.readValue("{\"timezone\":\"UTC\",\"symbols\":[{\"coin\":\"btc\",\"precision\":[],"
                + "\"limits\":[]}]}", ExchangeInfo.class).symbols().get(0).precision()).isNull();
    }

    @Test
    void orderRequestNormalisesAndDerivesStop() {
        OrderRequest r = OrderRequest.builder().coin("BTC").currency("USDT").tradeType("Buy").type("LIMIT")
                .quantity("0.001").price("10000").stopPrice("9000").stopCondition("LE").build();
        assertThat(r.coin()).isEqualTo("btc");
        assertThat(r.type()).isEqualTo("limit");
        assertThat(r.isStop()).isTrue();
        assertThat(OrderRequest.limit("btc", "usdt", "buy", BigDecimal.ONE, BigDecimal.TEN).isStop()).isFalse();
    }
}
