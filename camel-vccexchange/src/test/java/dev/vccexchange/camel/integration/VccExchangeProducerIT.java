package dev.vccexchange.camel.integration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.vccexchange.camel.VccExchangeConstants;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccNotFoundException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccUnknownOrderOutcomeException;
import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.account.Balances;
import dev.vccexchange.camel.model.account.DepositAddress;
import dev.vccexchange.camel.model.account.Transaction;
import dev.vccexchange.camel.model.account.User;
import dev.vccexchange.camel.model.event.OrderChanged;
import dev.vccexchange.camel.model.market.Candle;
import dev.vccexchange.camel.model.market.ExchangeInfo;
import dev.vccexchange.camel.model.market.OrderBook;
import dev.vccexchange.camel.model.market.PublicTrade;
import dev.vccexchange.camel.model.trade.MyTrade;
import dev.vccexchange.camel.model.trade.Order;
import dev.vccexchange.camel.model.trade.OrderRequest;
import dev.vccexchange.simulator.VccSimulator;
import dev.vccexchange.simulator.junit.VccSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every producer operation, from a Camel route, against the embedded simulator — including the failures that matter
 * with money: an order whose outcome is unknown is never retried and never placed twice.
 */
@Timeout(60)
class VccExchangeProducerIT {

    /** No market maker: the book holds only what a test puts there. */
    @RegisterExtension
    static final VccSimulatorExtension SIM = VccSimulatorExtension.builder().tradeRate(0).build();

    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        camel = DemoAccount.camel(SIM);
        camel.start();
        template = camel.createProducerTemplate();
        template.requestBodyAndHeader("vccexchange:cancelAllOrders", null, "x", "y");
    }

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    private VccSimulator simulator() {
        return SIM.simulator();
    }

    private Order place(String side, String type, String quantity, String price) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(VccExchangeConstants.COIN, "btc");
        headers.put(VccExchangeConstants.CURRENCY, "usdt");
        headers.put(VccExchangeConstants.TRADE_TYPE, side);
        headers.put(VccExchangeConstants.ORDER_TYPE, type);
        if (quantity != null) {
            headers.put(VccExchangeConstants.QUANTITY, quantity);
        }
        if (price != null) {
            headers.put(VccExchangeConstants.PRICE, price);
        }
        return template.requestBodyAndHeaders("vccexchange:placeOrder", null, headers, Order.class);
    }

    private static Throwable cause(CamelExecutionException e) {
        return e.getCause();
    }

    @Test
    void aLimitOrderIsPlacedQueriedAndCanceled() {
        Order placed = place("buy", "limit", "0.01", "1000");
        assertThat(placed.id()).isNotBlank();
        assertThat(placed.status()).isEqualTo("pending");
        assertThat(placed.price()).isEqualByComparingTo("1000");

        Order fetched = template.requestBodyAndHeader("vccexchange:getOrder", null, VccExchangeConstants.ORDER_ID,
                                                      placed.id(), Order.class);
        assertThat(fetched.id()).isEqualTo(placed.id());
        assertThat(fetched.quantity()).isEqualByComparingTo("0.01");

        Order canceled = template.requestBodyAndHeader("vccexchange:cancelOrder", null, VccExchangeConstants.ORDER_ID,
                                                       placed.id(), Order.class);
        assertThat(canceled.status()).isEqualTo("canceled");
        assertThat(simulator().openOrders(1)).isEmpty();
    }

    @Test
    void aLimitOrderWithoutPriceFailsLocallyAndNothingIsSent() {
        long injectedBefore = simulator().ledger().lastSeq();
        assertThatThrownBy(() -> place("buy", "limit", "0.01", null))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(VccValidationException.class)
                .hasMessageContaining("price");
        assertThat(simulator().openOrders(1)).isEmpty();
        assertThat(simulator().ledger().lastSeq()).as("no event: nothing reached the exchange").isEqualTo(injectedBefore);
    }

    @Test
    void crossingOrdersFillAndBalancesMoveByTheExactFee() {
        Balances before = template.requestBody("vccexchange:balance", null, Balances.class);
        place("sell", "limit", "0.01", "50000");
        Order buy = place("buy", "limit", "0.01", "50000");

        Order filled = template.requestBodyAndHeader("vccexchange:getOrder", null, VccExchangeConstants.ORDER_ID,
                                                     buy.id(), Order.class);
        assertThat(filled.status()).isEqualTo("executed");
        Balances after = template.requestBody("vccexchange:balance", null, Balances.class);
        // A self-trade: 0.01 btc and 500 usdt change hands; each side pays 0.2 % of what it receives.
        assertThat(after.get("btc").balance().subtract(before.get("btc").balance())).isEqualByComparingTo("-0.00002");
        assertThat(after.get("usdt").balance().subtract(before.get("usdt").balance())).isEqualByComparingTo("-1");
    }

    @Test
    void marketCeilingAndStopOrders() {
        place("sell", "limit", "0.02", "50000");
        Order market = place("buy", "market", "0.01", null);
        assertThat(market.id()).isNotBlank();
        Order ceiling = template.requestBody("vccexchange:placeOrder", OrderRequest.builder().coin("btc")
                .currency("usdt").tradeType("buy").type("ceiling_market").ceiling("100").build(), Order.class);
        assertThat(ceiling.id()).isNotBlank();
        Order stop = template.requestBody("vccexchange:placeOrder", OrderRequest.builder().coin("btc")
                .currency("usdt").tradeType("buy").type("limit").quantity("0.01").price("70000").stopPrice("69000")
                .stopCondition("ge").build(), Order.class);
        assertThat(stop.status()).isEqualTo("stopping");

        place("buy", "limit", "0.01", "40000");
        Order ceilingSell = template.requestBody("vccexchange:placeOrder", OrderRequest.builder().coin("btc")
                .currency("usdt").tradeType("sell").type("ceiling_market").ceiling("100").build(), Order.class);
        Order sold = template.requestBodyAndHeader("vccexchange:getOrder", null, VccExchangeConstants.ORDER_ID,
                                                   ceilingSell.id(), Order.class);
        assertThat(sold.status()).isEqualTo("executed");
        assertThat(sold.executedQuantity()).as("100 usdt received at 40000").isEqualByComparingTo("0.0025");
    }

    @Test
    void theBodyWinsOverHeadersWhichWinOverEndpointOptions() {
        Map<String, Object> body = Map.of("coin", "btc", "currency", "usdt", "trade_type", "buy", "type", "limit",
                                          "quantity", "0.01");
        Order order = template.requestBodyAndHeaders(
                "vccexchange:placeOrder?price=1000&quantity=5",
                body, Map.of(VccExchangeConstants.PRICE, "1100", VccExchangeConstants.QUANTITY, "7"), Order.class);
        assertThat(order.quantity()).as("from the Map body").isEqualByComparingTo("0.01");
        assertThat(order.price()).as("from the header, over the endpoint option").isEqualByComparingTo("1100");
    }

    @Test
    void theOperationHeaderOverridesTheEndpointName() {
        Object info = template.requestBodyAndHeader("vccexchange:balance", null, VccExchangeConstants.OPERATION,
                                                    "exchangeInfo");
        assertThat(info).isInstanceOf(ExchangeInfo.class);
    }

    @Test
    void cancelAllAndCancelByType() {
        place("buy", "limit", "0.01", "1000");
        place("buy", "limit", "0.01", "1001");
        List<?> canceled = template.requestBodyAndHeader("vccexchange:cancelOrdersByType", null,
                                                         VccExchangeConstants.ORDER_TYPE, "limit", List.class);
        assertThat(canceled).hasSize(2);
        place("buy", "limit", "0.01", "1002");
        assertThat(template.requestBody("vccexchange:cancelAllOrders", null, List.class)).hasSize(1);
        assertThat(simulator().openOrders(1)).isEmpty();
    }

    @Test
    void listOperationsPageAndDescribeThePageInHeaders() {
        for (int i = 0; i < 3; i++) {
            place("buy", "limit", "0.01", "100" + i);
        }
        Exchange page = template.request("vccexchange:openOrders?limit=2&page=1", e -> { });
        assertThat(page.getMessage().getBody(List.class)).hasSize(2);
        assertThat(page.getMessage().getHeader(VccExchangeConstants.TOTAL, Long.class)).isEqualTo(3L);
        assertThat(page.getMessage().getHeader(VccExchangeConstants.LAST_PAGE, Integer.class)).isEqualTo(2);
        assertThat(template.requestBody("vccexchange:openOrders?limit=2&fetchAllPages=true", null, List.class))
                .hasSize(3);
    }

    @Test
    void publicMarketData() {
        place("buy", "limit", "0.01", "1000");
        OrderBook book = template.requestBodyAndHeaders("vccexchange:orderbook", null,
                Map.of(VccExchangeConstants.COIN, "btc", VccExchangeConstants.CURRENCY, "usdt"), OrderBook.class);
        assertThat(book.bids()).isNotEmpty();
        assertThat(template.requestBody("vccexchange:ticker", null, Map.class)).containsKey("BTC_USDT");
        assertThat(template.requestBody("vccexchange:assets", null, Map.class)).containsKey("BTC");
    }

    @Test
    void aFillShowsInHistoryMyTradesTheTapeAndTheCandles() {
        // A price no other test trades at, above all of them, so the tape, the fills and the bar can be told apart.
        Order sell = place("sell", "limit", "0.01", "98765.4");
        Order buy = place("buy", "limit", "0.01", "98765.4");
        Order canceled = place("buy", "limit", "0.02", "900");
        template.requestBodyAndHeader("vccexchange:cancelOrder", null, VccExchangeConstants.ORDER_ID, canceled.id());

        List<Order> history = template.requestBody("vccexchange:orderHistory?fetchAllPages=true", null, List.class);
        assertThat(history).filteredOn(o -> o.id().equals(sell.id()) || o.id().equals(buy.id()))
                .extracting(Order::status).containsExactlyInAnyOrder("executed", "executed");
        assertThat(history).extracting(Order::id).contains(canceled.id());
        List<Order> withoutCanceled = template.requestBody(
                "vccexchange:orderHistory?fetchAllPages=true&hideCanceled=true", null, List.class);
        assertThat(withoutCanceled).extracting(Order::id).contains(buy.id()).doesNotContain(canceled.id());

        List<MyTrade> fills = template.requestBody("vccexchange:myTrades?fetchAllPages=true&coin=btc&currency=usdt",
                                                   null, List.class);
        // A self-trade is one trade (the simulator lists it once, from the buyer's side).
        assertThat(fills).filteredOn(t -> t.price().compareTo(new BigDecimal("98765.4")) == 0).singleElement()
                .satisfies(t -> assertThat(t.quantity()).isEqualByComparingTo("0.01"));

        List<PublicTrade> tape = template.requestBody("vccexchange:trades?coin=btc&currency=usdt&count=5", null,
                                                      List.class);
        assertThat(tape.get(0).price()).isEqualByComparingTo("98765.4");
        assertThat(tape.get(0).baseVolume()).isEqualByComparingTo("0.01");

        List<Candle> bars = template.requestBody("vccexchange:candles?coin=btc&currency=usdt", null, List.class);
        assertThat(bars).last().satisfies(bar -> {
            assertThat(bar.high()).isEqualByComparingTo("98765.4");
            assertThat(bar.close()).isEqualByComparingTo("98765.4");
        });
    }

    @Test
    void accountReads() {
        User user = template.requestBody("vccexchange:user", null, User.class);
        assertThat(user.id()).isEqualTo("1");
        DepositAddress address = template.requestBody("vccexchange:depositAddress?currency=btc", null,
                                                      DepositAddress.class);
        assertThat(address.isReady()).isTrue();
        assertThat(address.currency()).isEqualTo("btc");
        assertThat(address.blockchainAddress()).startsWith("bc1q");
        List<Transaction> deposits = template.requestBodyAndHeader("vccexchange:transactions", null,
                                                                   VccExchangeConstants.CURRENCY, "btc", List.class);
        assertThat(deposits).extracting(Transaction::currency).containsOnly("btc");
        assertThat(deposits).extracting(Transaction::amount).anySatisfy(a -> assertThat(a).isEqualByComparingTo("10"));
    }

    @Test
    void aRateLimitedGetIsRetriedAfterRetryAfter() {
        simulator().restFaults().tooManyRequests(1);
        long start = System.nanoTime();
        Balances balances = template.requestBody("vccexchange:balance", null, Balances.class);
        assertThat(balances.get("btc")).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1 honoured")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void a500AfterTheOrderWasAcceptedIsAnUnknownOutcomeAndTheOrderIsNotPlacedTwice() {
        simulator().restFaults().acceptThenFailNextOrders(1);

        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> place("buy", "limit", "0.01", "1234"));

        assertThat(cause(e)).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("openOrders");
        VccUnknownOrderOutcomeException unknown = (VccUnknownOrderOutcomeException) cause(e);
        assertThat(unknown.httpStatus()).isEqualTo(500);
        assertThat(unknown.orderRequest()).hasValueSatisfying(r -> assertThat(r.price()).isEqualByComparingTo("1234"));
        assertThat(simulator().openOrders(1)).as("accepted once, never retried").hasSize(1);
    }

    @Test
    void aTimeoutOnPlaceOrderIsAnUnknownOutcomeAndTheOrderMayWellExist() {
        String uri = "vccexchange:placeOrder?requestTimeout=500&coin=btc&currency=usdt&tradeType=buy&orderType=limit"
                     + "&quantity=0.01";
        // First call: the endpoint's client caches exchange_info (for validation), so the fault below hits the order.
        template.requestBodyAndHeader(uri, null, VccExchangeConstants.PRICE, "1000");
        simulator().restFaults().delay(1, Duration.ofSeconds(2));

        assertThatThrownBy(() -> template.requestBodyAndHeader(uri, null, VccExchangeConstants.PRICE, "1001"))
                .cause().isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("openOrders");
        // The exchange did execute it after all: exactly why it must not be retried blindly.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> simulator().openOrders(1).size() == 2);
    }

    @Test
    void aCloudflareHtmlPageIsReportedAsSuch() {
        simulator().restFaults().cloudflare403(1);
        assertThatThrownBy(() -> template.requestBody("vccexchange:placeOrder?coin=btc&currency=usdt&tradeType=buy"
                                                      + "&orderType=limit&quantity=0.01&price=1000", (Object) null))
                .cause().isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("HTML")
                .satisfies(t -> assertThat(((VccUnexpectedResponseException) t).httpStatus()).isEqualTo(403));
        assertThat(simulator().openOrders(1)).isEmpty();
    }

    @Test
    void aWrongKeyAndAnUnknownOrderAreTypedErrorsWithoutTheSecret() {
        assertThatThrownBy(() -> template.requestBody("vccexchange:balance?apiKey=wrong-key&apiSecret=wrong-secret", (Object) null))
                .cause().isInstanceOf(VccAuthenticationException.class)
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("wrong-key", "wrong-secret"));
        assertThatThrownBy(() -> template.requestBodyAndHeader("vccexchange:getOrder", null,
                                                               VccExchangeConstants.ORDER_ID, "999999999"))
                .cause().isInstanceOf(VccNotFoundException.class);
    }

    @Test
    void anOrderPlacedByTheProducerShowsUpOnTheOrdersConsumer() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vccexchange:orders").routeId("orders").process(e -> events.add(e.getMessage().getBody()));
            }
        });
        // Subscriptions are never acknowledged on the wire: wait for the consumer's socket, then retry the order a
        // few times in case the first one raced the subscribe frame.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> org.apache.camel.health
                .HealthCheckHelper.invokeReadiness(camel, "full").stream()
                .anyMatch(r -> r.getCheck().getId().equals("consumer:orders") && r.getState().name().equals("UP")));

        for (int attempt = 0; attempt < 5; attempt++) {
            Order placed = place("buy", "limit", "0.01", "150" + attempt);
            Object event;
            while ((event = events.poll(2, TimeUnit.SECONDS)) != null) {
                if (event instanceof OrderChanged changed && changed.order().id().equals(placed.id())) {
                    assertThat(changed.order().status()).isEqualTo("pending");
                    assertThat(changed.order().price()).isEqualByComparingTo("150" + attempt);
                    return;
                }
            }
        }
        throw new AssertionError("no OrderChanged event for any order placed by the producer");
    }

}
