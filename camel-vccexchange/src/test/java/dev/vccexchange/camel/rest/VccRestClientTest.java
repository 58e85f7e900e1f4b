package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.error.VccNotFoundException;
import dev.vccexchange.camel.error.VccRateLimitedException;
import dev.vccexchange.camel.error.VccServerException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccUnknownOrderOutcomeException;
import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.Page;
import dev.vccexchange.camel.model.VccJson;
import dev.vccexchange.camel.model.account.Balances;
import dev.vccexchange.camel.model.market.Candle;
import dev.vccexchange.camel.model.market.OrderBook;
import dev.vccexchange.camel.model.trade.Order;
import dev.vccexchange.camel.model.trade.OrderQuery;
import dev.vccexchange.camel.model.trade.OrderRequest;
import dev.vccexchange.camel.rest.StubVccServer.Answer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class VccRestClientTest {

    static final String KEY = "test-api-key-0123456789";
    static final String SECRET = "test-api-secret-9876543210";
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final String EXCHANGE_INFO = """
            {"timezone":"UTC","serverTime":1605821914333,"symbols":[{"id":"btcusdt","symbol":"BTC/USDT",
             "coin":"btc","currency":"usdt","active":true,"minimum_quantity":"0.0001","minimum_amount":"10",
             "precision":{"price":2,"amount":6,"cost":2},"limits":{"price":{"min":"0.01"}}}]}""";
    static final String ORDER_ECHO = "{\"id\":88214435,\"coin\":\"btc\",\"currency\":\"usdt\",\"trade_type\":\"buy\","
            + "\"type\":\"limit\",\"quantity\":\"0.001\",\"price\":\"20000.5\",\"status\":\"pending\",\"fee\":0}";

    static HttpClient http;
    StubVccServer stub;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void httpClient() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void closeHttp() {
        http = null;
    }

    @BeforeEach
    void start() throws Exception {
        stub = new StubVccServer(SECRET);
        stub.always("GET /v3/exchange_info", Answer.ok(EXCHANGE_INFO, "v1"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    RestOptions options() {
        return RestOptions.of(KEY, SECRET).withBaseUrl(stub.baseUrl());
    }

    VccRestClient client(RestOptions options) {
        return new VccRestClient(http, options, Clock.fixed(NOW, ZoneOffset.UTC), d -> sleeps.add(d),
                System::nanoTime);
    }

    VccRestClient client() {
        return client(options());
    }

    static OrderRequest stopLimit() {
        return OrderRequest.builder().coin("BTC").currency("usdt").tradeType("buy").type("limit").quantity("0.001")
                .price("20000.5").stopPrice("19000").stopCondition("le").build();
    }

    @Test
    void signedGetCarriesHeadersAndAValidSignature() {
        stub.always("GET /v3/balance", Answer.ok("{\"btc\":{\"balance\":\"1.5\",\"available_balance\":1}}"));
        Balances b = client().balance();
        assertThat(b.get("btc").balance()).isEqualByComparingTo("1.5");
        StubVccServer.Recorded r = stub.requests("GET /v3/balance").get(0);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.header("timestamp")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(r.header("signature")).matches("[0-9a-f]{64}");
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void publicGetIsUnsignedAndUsesUpperCasePair() {
        stub.always("GET /v3/orderbook/BTC_USDT", Answer.ok("{\"bids\":[[\"1\",\"2\"]],\"asks\":[],\"timestamp\":\"5\"}"));
        OrderBook book = client().orderbook("btc", "usdt", 10, 2);
        assertThat(book.bids()).hasSize(1);
        StubVccServer.Recorded r = stub.requests().get(0);
        assertThat(r.rawQuery()).isEqualTo("depth=10&level=2");
        assertThat(r.header("Authorization")).isNull();
        assertThat(r.header("signature")).isNull();
    }

    @Test
    void candlesReadTheBareArray() {
        stub.always("GET /v3/chart/bars", Answer.json(200, "[{\"open\":\"1\",\"close\":2,\"time\":\"1605845940000\"}]"));
        List<Candle> c = client().candles("BTC", "USDT", 60000, 1605845900L, 1605846000L);
        assertThat(c).singleElement().satisfies(x -> assertThat(x.time()).isEqualTo(1605845940000L));
        assertThat(stub.requests().get(0).rawQuery())
                .isEqualTo("coin=btc&currency=usdt&resolution=60000&from=1605845900&to=1605846000");
    }

    @Test
    void postOrderSignsTheQueryAndSendsTheSameParamsAsBody() throws Exception {
        stub.always("POST /v3/orders", Answer.ok(ORDER_ECHO));
        Order o = client().placeOrder(stopLimit());
        assertThat(o.id()).isEqualTo("88214435");

        StubVccServer.Recorded r = stub.requests("POST /v3/orders").get(0);
        assertThat(r.rawQuery()).isEqualTo("coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.001"
                + "&price=20000.5&is_stop=1&stop_condition=le&stop_price=19000");
        assertThat(r.signatureValid()).isTrue();
        Map<String, String> query = new LinkedHashMap<>();
        for (String kv : r.rawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            query.put(p[0], p[1]);
        }
        JsonNode body = VccJson.mapper().readTree(r.body());
        Map<String, String> bodyMap = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> bodyMap.put(e.getKey(), e.getValue().asText()));
        assertThat(bodyMap).containsExactlyEntriesOf(query);
    }

    @Test
    void ceilingMarketSendsCeilingInsteadOfQuantity() {
        stub.always("POST /v3/orders", Answer.ok(ORDER_ECHO));
        client().placeOrder(OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy")
                .type("ceiling_market").ceiling("30").build());
        assertThat(stub.requests("POST /v3/orders").get(0).rawQuery())
                .isEqualTo("coin=btc&currency=usdt&trade_type=buy&type=ceiling_market&ceiling=30");
    }

    @Test
    void rateLimitedGetIsRetriedHonouringRetryAfter() {
        stub.script("GET /v3/orders/open",
                Answer.json(429, "{\"code\":429,\"message\":\"Too many requests\",\"description\":\"\"}")
                        .withHeader("Retry-After", "2"),
                Answer.ok("{\"current_page\":1,\"last_page\":1,\"data\":[{\"id\":7}],\"total\":1}"));
        Page<Order> page = client().openOrders(OrderQuery.builder().coin("btc").limit(100).build());
        assertThat(page.data()).extracting(Order::id).containsExactly("7");
        assertThat(stub.requests("GET /v3/orders/open")).hasSize(2)
                .allSatisfy(r -> assertThat(r.signatureValid()).isTrue())
                .allSatisfy(r -> assertThat(r.rawQuery()).isEqualTo("limit=100&coin=btc"));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterReallyWaitsWithTheSystemSleeper() {
        stub.script("GET /v3/ticker", Answer.json(429, "{\"message\":\"Too Many Attempts.\"}")
                .withHeader("Retry-After", "1"), Answer.ok("{}"));
        VccRestClient real = new VccRestClient(http, options());
        long t0 = System.nanoTime();
        assertThat(real.ticker()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(stub.requests("GET /v3/ticker")).hasSize(2);
    }

    @Test
    void serviceUnavailableGetGivesUpAfterMaxRetries() {
        stub.always("GET /v3/balance", Answer.json(503, "{\"message\":\"Maintenance\"}"));
        assertThatThrownBy(() -> client(options().withMaxRetries(2)).balance())
                .isInstanceOf(VccServerException.class).hasMessageContaining("503");
        assertThat(stub.requests("GET /v3/balance")).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void internalErrorOnGetIsNotRetried() {
        stub.always("GET /v3/orders/5", Answer.json(500, "{\"message\":\"Server Error\"}"));
        assertThatThrownBy(() -> client().getOrder("5")).isInstanceOf(VccServerException.class);
        assertThat(stub.requests("GET /v3/orders/5")).hasSize(1);
    }

    @Test
    void getsReadTheirTypeInOnePassAndReportAnAnswerOfTheWrongShape() {
        stub.always("GET /v3/orders/7", Answer.ok("{\"id\":\"7\",\"coin\":\"btc\",\"price\":20000.50,"
                + "\"quantity\":\"0.0010\",\"status\":\"pending\"}"));
        Order order = client().getOrder("7");
        assertThat(order.id()).isEqualTo("7");
        assertThat(order.price()).isEqualTo(new BigDecimal("20000.50")); // scale as sent
        assertThat(order.quantity()).isEqualTo(new BigDecimal("0.0010"));

        stub.always("GET /v3/orders/8", Answer.ok("{\"id\":\"8\",\"quantity\":\"not a number\"}"));
        assertThatThrownBy(() -> client().getOrder("8")).isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("unexpected JSON shape for Order");
        stub.always("GET /v3/balance", Answer.ok("\"oops\""));
        assertThatThrownBy(() -> client().balance()).isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("unexpected JSON shape for Balances");
        stub.always("GET /v3/user", Answer.ok("null"));
        assertThatThrownBy(() -> client().user()).isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("carried no data");
    }

    @Test
    void notFoundOrder() {
        stub.always("GET /v3/orders/404", Answer.json(404, "{\"message\":\"Data not found\"}"));
        assertThatThrownBy(() -> client().getOrder("404")).isInstanceOf(VccNotFoundException.class);
    }

    @Test
    void serverErrorOnPlaceOrderIsUnknownOutcomeAfterExactlyOneRequest() {
        stub.always("POST /v3/orders", Answer.json(500, "{\"message\":\"Server Error\"}"));
        OrderRequest req = stopLimit();
        Throwable t = catchThrowable(() -> client().placeOrder(req));
        assertThat(t).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("placeOrder").hasMessageContaining("500")
                .hasMessageContaining("openOrders").hasMessageContaining("may have been executed")
                .asInstanceOf(type(VccUnknownOrderOutcomeException.class))
                .satisfies(e -> {
                    assertThat(e.orderRequest()).contains(req);
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.getCause()).isInstanceOf(VccServerException.class);
                });
        assertThat(stub.requests("POST /v3/orders")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void serviceUnavailableOnPlaceOrderIsAlsoUnknownAndNotRetried() {
        stub.always("POST /v3/orders", Answer.json(503, "{\"message\":\"Maintenance\"}"));
        assertThatThrownBy(() -> client().placeOrder(stopLimit())).isInstanceOf(VccUnknownOrderOutcomeException.class);
        assertThat(stub.requests("POST /v3/orders")).hasSize(1);
    }

    @Test
    void timeoutOnPlaceOrderIsUnknownOutcomeAfterOneRequest() {
        stub.always("POST /v3/orders", Answer.ok(ORDER_ECHO).delayed(10_000));
        VccRestClient c = client(options().withRequestTimeout(Duration.ofMillis(1000)));
        assertThatThrownBy(() -> c.placeOrder(stopLimit()))
                .isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("HttpTimeoutException")
                .satisfies(e -> assertThat(((VccUnknownOrderOutcomeException) e).httpStatus()).isZero());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> stub.requests("POST /v3/orders").size() == 1);
    }

    @Test
    void unreadableSuccessOnPlaceOrderIsUnknownOutcome() {
        stub.always("POST /v3/orders", Answer.json(200, "<html><title>Proxy</title></html>"));
        assertThatThrownBy(() -> client().placeOrder(stopLimit())).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("Proxy");
        stub.always("POST /v3/orders", Answer.ok("null"));
        assertThatThrownBy(() -> client().placeOrder(stopLimit())).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("no order id");
    }

    @Test
    void definiteRejectionsOnPlaceOrderKeepTheirType() {
        stub.script("POST /v3/orders",
                Answer.json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"price\":[\"bad\"]}}"),
                Answer.json(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "1"),
                Answer.json(400, "{\"message\":\"Insufficient balance.\"}"));
        VccRestClient c = client();
        assertThatThrownBy(() -> c.placeOrder(stopLimit())).isInstanceOf(VccValidationException.class);
        assertThatThrownBy(() -> c.placeOrder(stopLimit())).isInstanceOf(VccRateLimitedException.class);
        assertThatThrownBy(() -> c.placeOrder(stopLimit())).isInstanceOf(VccValidationException.class)
                .hasMessageContaining("Insufficient balance.");
        assertThat(stub.requests("POST /v3/orders")).hasSize(3);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void cancelWithGatewayTimeoutIsUnknownOutcome() {
        stub.always("PUT /v3/orders/88214435/cancel",
                Answer.json(504, "{\"code\":504,\"message\":\"Gateway Timeout\",\"description\":\"\"}"));
        assertThatThrownBy(() -> client().cancelOrder("88214435"))
                .isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("cancelOrder").hasMessageContaining("504").hasMessageContaining("88214435")
                .asInstanceOf(type(VccUnknownOrderOutcomeException.class))
                .satisfies(e -> {
                    assertThat(e.orderId()).contains("88214435");
                    assertThat(e.orderRequest()).isEmpty();
                });
        List<StubVccServer.Recorded> rs = stub.requests("PUT /v3/orders/88214435/cancel");
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).body()).isEqualTo("{}");
        assertThat(rs.get(0).signatureValid()).isTrue();
    }

    @Test
    void cancelResults() {
        stub.always("PUT /v3/orders/1/cancel", Answer.ok("null"));
        stub.always("PUT /v3/orders/cancel-all", Answer.ok("{\"data\":[{\"id\":1,\"status\":\"canceled\"},"
                + "{\"id\":2,\"status\":\"canceled\"}]}"));
        stub.always("PUT /v3/orders/cancel-by-type", Answer.ok("{\"data\":[]}"));
        VccRestClient c = client();
        assertThat(c.cancelOrder("1")).isEmpty();
        assertThat(c.cancelAllOrders()).extracting(Order::id).containsExactly("1", "2");
        assertThat(c.cancelOrdersByType("limit")).isEmpty();
        StubVccServer.Recorded byType = stub.requests("PUT /v3/orders/cancel-by-type").get(0);
        assertThat(byType.rawQuery()).isEqualTo("type=limit");
        assertThat(byType.body()).isEqualTo("{\"type\":\"limit\"}");
        assertThat(byType.signatureValid()).isTrue();
    }

    @Test
    void localValidationMakesNoHttpCall() {
        Throwable t = catchThrowable(() -> client().placeOrder(OrderRequest.builder().coin("btc").currency("usdt")
                .tradeType("buy").type("limit").quantity("1").build()));
        assertThat(t).isInstanceOf(VccValidationException.class);
        assertThat(((VccValidationException) t).httpStatus()).isZero();
        assertThat(((VccValidationException) t).errors()).containsOnlyKeys("price");
        assertThatThrownBy(() -> client().cancelOrder("../balance")).isInstanceOf(VccValidationException.class);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void precisionFromExchangeInfoIsCheckedBeforeSending() {
        assertThatThrownBy(() -> client().placeOrder(stopLimit().toBuilder().price("20000.555").build()))
                .isInstanceOf(VccValidationException.class).hasMessageContaining("decimal places");
        assertThat(stub.requests("POST /v3/orders")).isEmpty();
        assertThat(stub.requests("GET /v3/exchange_info")).hasSize(1);
    }

    @Test
    void exchangeInfoIsCachedAndRefreshedWhenDataVersionChanges() {
        stub.script("POST /v3/orders", Answer.ok(ORDER_ECHO, "v1"), Answer.ok(ORDER_ECHO, "v2"),
                Answer.ok(ORDER_ECHO, "v2"));
        stub.script("GET /v3/exchange_info", Answer.ok(EXCHANGE_INFO, "v1"), Answer.ok(EXCHANGE_INFO, "v2"));
        VccRestClient c = client();
        c.placeOrder(stopLimit());
        c.placeOrder(stopLimit());
        assertThat(stub.requests("GET /v3/exchange_info")).hasSize(1);
        assertThat(c.lastDataVersion()).isEqualTo("v2");
        c.placeOrder(stopLimit());
        assertThat(stub.requests("GET /v3/exchange_info")).hasSize(2);
    }

    @Test
    void fetchAllPagesMergesPages() {
        stub.always("GET /v3/orders", r -> {
            String q = r.rawQuery() == null ? "" : r.rawQuery();
            int page = q.contains("page=3") ? 3 : q.contains("page=2") ? 2 : 1;
            String next = page < 3 ? "\"http://x/v3/orders?page=" + (page + 1) + "\"" : "null";
            return Answer.ok("{\"current_page\":" + page + ",\"last_page\":3,\"per_page\":2,\"total\":5,"
                    + "\"next_page_url\":" + next + ",\"data\":[{\"id\":" + (page * 10 + 1) + "}"
                    + (page < 3 ? ",{\"id\":" + (page * 10 + 2) + "}" : "") + "]}");
        });
        Page<Order> all = client(options().withFetchAllPages(true))
                .orderHistory(OrderQuery.builder().limit(2).hideCanceled(true).build());
        assertThat(all.data()).extracting(Order::id).containsExactly("11", "12", "21", "22", "31");
        assertThat(all.total()).isEqualTo(5L);
        assertThat(all.hasNext()).isFalse();
        assertThat(stub.requests("GET /v3/orders")).extracting(StubVccServer.Recorded::rawQuery)
                .containsExactly("limit=2&hide_canceled=1", "page=2&limit=2&hide_canceled=1",
                        "page=3&limit=2&hide_canceled=1");
        assertThat(stub.requests("GET /v3/orders")).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
    }

    @Test
    void fetchAllPagesStopsWhenTheServerIgnoresThePageParameter() {
        stub.always("GET /v3/orders/open", Answer.ok("{\"current_page\":1,\"last_page\":3,\"total\":3,"
                + "\"data\":[{\"id\":1}]}"));
        Page<Order> p = client(options().withFetchAllPages(true)).openOrders(null);
        assertThat(p.data()).extracting(Order::id).containsExactly("1");
        assertThat(p.hasNext()).as("incomplete is visible").isTrue();
        assertThat(stub.requests("GET /v3/orders/open")).hasSize(2);
    }

    @Test
    void unknownPairRefreshesExchangeInfoOnceThenFailsLocally() {
        VccRestClient c = client();
        c.exchangeInfo();
        assertThatThrownBy(() -> c.placeOrder(stopLimit().toBuilder().coin("doge").build()))
                .isInstanceOf(VccValidationException.class).hasMessageContaining("Trading pair is invalid");
        assertThat(stub.requests("GET /v3/exchange_info")).hasSize(2);
        assertThat(stub.requests("POST /v3/orders")).isEmpty();
    }

    @Test
    void singlePageWithoutFetchAll() {
        stub.always("GET /v3/orders/trades", Answer.ok("{\"current_page\":1,\"last_page\":4,\"total\":8,"
                + "\"data\":[{\"id\":1,\"price\":\"1\"}]}"));
        Page<?> p = client().myTrades(OrderQuery.all());
        assertThat(p.hasNext()).isTrue();
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void missingCredentialsFailBeforeSending() {
        VccRestClient anon = client(new RestOptions(stub.baseUrl(), null, null, null, 0, 3, false));
        assertThatThrownBy(anon::balance).isInstanceOf(VccAuthenticationException.class)
                .hasMessageContaining("no API key");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void connectionRefusedIsRetriedForGetsAndUnknownForOrders() throws Exception {
        URI dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/v3");
        }
        RestOptions o = options().withBaseUrl(dead).withMaxRetries(2);
        assertThatThrownBy(() -> client(o).balance()).isInstanceOf(VccExchangeException.class)
                .hasMessageContaining("balance failed");
        assertThat(sleeps).hasSize(2);
        sleeps.clear();
        assertThatThrownBy(() -> client(o).cancelOrder("9")).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("ConnectException");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() {
        stub.script("GET /v3/balance",
                Answer.json(401, "{\"message\":\"Unauthenticated. token " + KEY + "\"}"),
                Answer.json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"signature\":"
                        + "[\"HMAC signature is invalid for " + SECRET + "\"]}}"),
                Answer.json(403, "<html><head><title>Access denied " + KEY + "</title></head></html>"),
                Answer.json(400, "not json " + SECRET));
        stub.script("POST /v3/orders", Answer.json(500, "{\"message\":\"boom " + KEY + "\"}"),
                Answer.ok(ORDER_ECHO).delayed(5_000));
        VccRestClient c = client(options().withMaxRetries(0));
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failures.add(catchThrowable(c::balance));
        }
        failures.add(catchThrowable(() -> c.placeOrder(stopLimit())));
        failures.add(catchThrowable(() -> c.placeOrder(OrderRequest.builder().build())));
        failures.add(catchThrowable(() -> client(options().withRequestTimeout(Duration.ofMillis(200)))
                .placeOrder(stopLimit())));
        assertThat(failures).hasSize(7).allSatisfy(t -> {
            assertThat(t).isInstanceOf(VccExchangeException.class);
            for (Throwable x = t; x != null; x = x.getCause()) {
                assertThat(String.valueOf(x.getMessage())).doesNotContain(KEY).doesNotContain(SECRET);
                assertThat(x.toString()).doesNotContain(KEY).doesNotContain(SECRET);
            }
        });
        assertThat(failures.get(6)).isInstanceOf(VccUnknownOrderOutcomeException.class)
                .hasMessageContaining("HttpTimeoutException");
        assertThat(failures.get(2)).isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("HTML error page").hasMessageContaining("Access denied");
        assertThat(c.toString()).doesNotContain(KEY).doesNotContain(SECRET);
        assertThat(c.options().toString()).doesNotContain(KEY).doesNotContain(SECRET);
        // no signature either
        String sig = stub.requests("GET /v3/balance").get(0).header("signature");
        assertThat(failures).allSatisfy(t -> assertThat(String.valueOf(t.getMessage())).doesNotContain(sig));
    }
}
