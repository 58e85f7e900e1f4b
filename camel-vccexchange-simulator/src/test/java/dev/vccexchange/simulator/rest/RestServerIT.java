package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.simulator.VccSimulator;
import dev.vccexchange.simulator.junit.VccSimulatorExtension;
import dev.vccexchange.simulator.ledger.LedgerEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class RestServerIT {

    @RegisterExtension
    static VccSimulatorExtension sim = VccSimulatorExtension.builder().tradeRate(0).account("bob-key:bob-secret:2").build();

    static final String KEY = "demo-key";
    static final String SECRET = "demo-secret";
    static final String INVALID = "{\"message\":\"The given data was invalid.\",\"errors\":";

    VccHttp http;
    VccSimulator s;

    @BeforeEach
    void setUp() {
        s = sim.simulator();
        s.engine().cancelEverything();
        http = new VccHttp(s.restUrl());
    }

    VccHttp.Reply demo(String method, String path, String query) {
        return http.signed(method, path, query, KEY, SECRET);
    }

    VccHttp.Reply bob(String method, String path, String query) {
        return http.signed(method, path, query, "bob-key", "bob-secret");
    }

    @Test
    void signatureVectorsFromTheReference() {
        assertThat(VccHttp.hmacHex("secret123", "GET v3/balance"))
                .isEqualTo("5ed9cd492dea8ba65c638ed297d170ed397dee374be3512adb574f903e301d46");
        assertThat(SignatureVerifier.sign("secret123", "GET v3/orders/open?coin=btc&currency=usdt&limit=100"))
                .isEqualTo("b7366f4be724836ffc83ce3c9db2d201a633e21a924be301bf70acb88a83ed8a");
        assertThat(SignatureVerifier.sign("secret123", SignatureVerifier.stringToSign("POST", "orders",
                "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.001000&price=10000.00")))
                .isEqualTo("6c7ac8edfd75de60a1a0e1d27911b924bd9c50f5e7714a2caffecc2f3848cf26");
        assertThat(SignatureVerifier.sign("secret123", SignatureVerifier.stringToSign("PUT", "orders/88214435/cancel", null)))
                .isEqualTo("efb33534ff521990bbd08217b1decb3d8da7288e64cca95b5ba07c8d4bbdce3b");
    }

    @Test
    void signedBalanceIsAcceptedWrongSignatureAndUnknownKeyRejected() {
        VccHttp.Reply ok = demo("GET", "balance", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("message").isNull()).isTrue();
        assertThat(ok.json().path("dataVersion").asText()).hasSize(40);
        assertThat(ok.data().path("usdt").path("balance").isTextual()).isTrue();
        assertThat(ok.data().path("btc").has("available_balance")).isTrue();

        VccHttp.Reply wrong = http.signed("GET", "balance", null, KEY, "not-the-secret");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).isEqualTo(INVALID + "{\"signature\":[\"HMAC signature is invalid\"]}}");

        VccHttp.Reply missing = http.send("GET", "balance", null, KEY, null, null);
        assertThat(missing.status()).isEqualTo(422);

        VccHttp.Reply unknown = http.signed("GET", "balance", null, "nobody", SECRET);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo("{\"message\":\"Unauthenticated.\"}");
        assertThat(http.get("balance").status()).isEqualTo(401);

        // the query string is signed as received
        VccHttp.Reply q = demo("GET", "orders/open", "coin=btc&currency=usdt&limit=100");
        assertThat(q.status()).isEqualTo(200);
        String sig = VccHttp.hmacHex(SECRET, "GET v3/orders/open?coin=btc&currency=usdt&limit=100");
        assertThat(http.send("GET", "orders/open", "currency=usdt&coin=btc&limit=100", KEY, sig, null).status())
                .isEqualTo(422);
    }

    @Test
    void placeGetAndCancelAnOrder() {
        VccHttp.Reply placed = demo("POST", "orders",
                "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.001000&price=10000.00");
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        JsonNode o = placed.data();
        assertThat(o.path("status").asText()).isEqualTo("pending");
        assertThat(o.path("quantity").asText()).isEqualTo("0.001");
        assertThat(o.path("price").asText()).isEqualTo("10000");
        assertThat(o.path("created_at").isNumber()).isTrue();
        long id = o.path("id").asLong();

        VccHttp.Reply got = demo("GET", "orders/" + id, null);
        assertThat(got.data().path("user_id").asLong()).isEqualTo(1);
        assertThat(bob("GET", "orders/" + id, null).body()).isEqualTo("{\"message\":\"Data not found\"}");

        VccHttp.Reply canceled = demo("PUT", "orders/" + id + "/cancel", null);
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.data().path("status").asText()).isEqualTo("canceled");
        VccHttp.Reply notFound = demo("PUT", "orders/999999/cancel", null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("{\"message\":\"Data not found\"}");
    }

    @Test
    void paramsFromJsonBodyAlsoCount() {
        String body = "{\"coin\":\"btc\",\"currency\":\"usdt\",\"trade_type\":\"sell\",\"type\":\"limit\","
                + "\"quantity\":\"0.01\",\"price\":\"90000\"}";
        VccHttp.Reply r = http.send("POST", "orders", null, KEY, VccHttp.hmacHex(SECRET, "POST v3/orders"), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().path("trade_type").asText()).isEqualTo("sell");
    }

    @Test
    void validationErrorShapes() {
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.01").body())
                .isEqualTo(INVALID + "{\"price\":[\"The price field is required when type is limit.\"]}}");
        assertThat(demo("POST", "orders", "coin=xrp&currency=usdt&trade_type=buy&type=limit&quantity=1&price=1").body())
                .isEqualTo(INVALID + "{\"coin\":[\"Trading pair is invalid\"]}}");
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.00001&price=60000").body())
                .isEqualTo(INVALID + "{\"quantity\":[\"The quantity must be at least 0.0001.\"]}}");
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.01&price=60000.123").body())
                .isEqualTo(INVALID + "{\"price\":[\"The price may not have more than 2 decimal places.\"]}}");
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=long&type=limit&quantity=0.01&price=60000").body())
                .isEqualTo(INVALID + "{\"trade_type\":[\"The selected trade type is invalid.\"]}}");
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=fok&quantity=0.01&price=60000").body())
                .isEqualTo(INVALID + "{\"type\":[\"The selected type is invalid.\"]}}");
        VccHttp.Reply limit = demo("GET", "orders/open", "limit=1001");
        assertThat(limit.status()).isEqualTo(422);
        assertThat(limit.body()).isEqualTo(INVALID + "{\"limit\":[\"The limit may not be greater than 1000.\"]}}");
        VccHttp.Reply poor = demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=100&price=60000");
        assertThat(poor.status()).isEqualTo(422);
        assertThat(poor.body()).isEqualTo("{\"message\":\"Insufficient balance.\"}");
        assertThat(demo("PUT", "orders/cancel-by-type", "type=bogus").status()).isEqualTo(422);
    }

    @Test
    void historyFiltersAndIntegerParameters() {
        assertThat(demo("POST", "orders", "coin=eth&currency=usdt&trade_type=buy&type=limit&quantity=0.1&price=200")
                .status()).isEqualTo(200);
        assertThat(demo("POST", "orders", "coin=btc&currency=usdt&trade_type=sell&type=limit&quantity=0.001&price=90000")
                .status()).isEqualTo(200);
        assertThat(demo("GET", "orders/open", "coin=eth").data().path("data"))
                .allSatisfy(o -> assertThat(o.path("coin").asText()).isEqualTo("eth")).isNotEmpty();
        assertThat(demo("GET", "orders/open", "trade_type=sell").data().path("data"))
                .allSatisfy(o -> assertThat(o.path("trade_type").asText()).isEqualTo("sell")).isNotEmpty();
        assertThat(demo("GET", "orders/open", "end_date=1").data().path("total").asInt()).isZero();
        assertThat(demo("GET", "orders/open", "start_date=abc").body())
                .isEqualTo(INVALID + "{\"start_date\":[\"The start date must be an integer.\"]}}");
        assertThat(demo("GET", "orders/trades", "trade_type=long").body())
                .isEqualTo(INVALID + "{\"trade_type\":[\"The selected trade type is invalid.\"]}}");
        assertThat(demo("GET", "orders/open", "limit=ten").body())
                .isEqualTo(INVALID + "{\"limit\":[\"The limit must be an integer.\"]}}");
        assertThat(http.get("orderbook/BTC_USDT?depth=99999999999").body())
                .isEqualTo(INVALID + "{\"depth\":[\"The depth must be an integer.\"]}}");
        demo("PUT", "orders/cancel-all", null);
    }

    @Test
    void paginatorShape() {
        for (int i = 0; i < 3; i++) {
            assertThat(demo("POST", "orders", "coin=eth&currency=usdt&trade_type=buy&type=limit&quantity=0.01&price=200"
                    + i).status()).isEqualTo(200);
        }
        JsonNode p1 = demo("GET", "orders/open", "limit=2&page=1").data();
        assertThat(p1.fieldNames()).toIterable().containsExactly("current_page", "data", "first_page_url", "from",
                "last_page", "last_page_url", "next_page_url", "path", "per_page", "prev_page_url", "to", "total");
        String path = s.restUrl() + "/orders/open";
        assertThat(p1.path("current_page").asInt()).isEqualTo(1);
        assertThat(p1.path("data").size()).isEqualTo(2);
        assertThat(p1.path("data").get(0).path("price").asText()).isEqualTo("2002"); // newest first
        assertThat(p1.path("from").asInt()).isEqualTo(1);
        assertThat(p1.path("to").asInt()).isEqualTo(2);
        assertThat(p1.path("total").asInt()).isEqualTo(3);
        assertThat(p1.path("last_page").asInt()).isEqualTo(2);
        assertThat(p1.path("per_page").asInt()).isEqualTo(2);
        assertThat(p1.path("path").asText()).isEqualTo(path);
        assertThat(p1.path("first_page_url").asText()).isEqualTo(path + "?page=1");
        assertThat(p1.path("next_page_url").asText()).isEqualTo(path + "?page=2");
        assertThat(p1.path("prev_page_url").isNull()).isTrue();
        JsonNode p2 = demo("GET", "orders/open", "limit=2&page=2").data();
        assertThat(p2.path("data").size()).isEqualTo(1);
        assertThat(p2.path("next_page_url").isNull()).isTrue();
        assertThat(p2.path("prev_page_url").asText()).isEqualTo(path + "?page=1");
        JsonNode asc = demo("GET", "orders/open", "sort=asc&coin=eth").data();
        assertThat(asc.path("data").get(0).path("price").asText()).isEqualTo("2000");

        VccHttp.Reply all = demo("PUT", "orders/cancel-all", null);
        assertThat(all.data().path("data").size()).isEqualTo(3);
        assertThat(all.data().path("data").get(0).path("status").asText()).isEqualTo("canceled");
        JsonNode hist = demo("GET", "orders", "hide_canceled=1").data();
        assertThat(hist.path("data")).allSatisfy(o -> assertThat(o.path("status").asText()).isNotEqualTo("canceled"));
        assertThat(demo("GET", "orders", null).data().path("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tradeFlowThroughRestAndLedger() {
        long before = s.ledger().lastSeq();
        assertThat(bob("POST", "orders", "coin=btc&currency=usdt&trade_type=sell&type=limit&quantity=0.01&price=60000")
                .status()).isEqualTo(200);
        VccHttp.Reply buy = demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=market&quantity=0.01");
        assertThat(buy.status()).as(buy.body()).isEqualTo(200);
        assertThat(buy.data().path("status").asText()).isEqualTo("executed");
        List<LedgerEntry> mine = s.ledger().since(before).stream()
                .filter(e -> e.channel().equals("private-App.User.1")).toList();
        assertThat(mine).extracting(LedgerEntry::event).startsWith("App\\Events\\OrderChanged",
                "App\\Events\\OrderListUpdated", "App\\Events\\BalanceUpdated", "App\\Events\\OrderChanged");
        assertThat(mine.get(mine.size() - 1).event()).isEqualTo("App\\Events\\BalanceUpdated");
        assertThat(mine).filteredOn(e -> e.event().endsWith("OrderChanged"))
                .extracting(e -> e.data().path("order").path("status").asText()).containsExactly("pending", "executed");

        JsonNode trades = demo("GET", "orders/trades", "coin=btc").data();
        assertThat(trades.path("data").get(0).path("trade_type").asText()).isEqualTo("buy");
        assertThat(trades.path("data").get(0).path("fee").asText()).isEqualTo("0.00002");
        assertThat(trades.path("data").get(0).path("amount").asText()).isEqualTo("600");

        VccHttp.Reply tape = http.get("trades/BTC_USDT");
        assertThat(tape.data().get(0).path("price").asText()).isEqualTo("60000");
        assertThat(tape.data().get(0).path("type").asText()).isEqualTo("buy");
        assertThat(tape.data().get(0).path("trade_timestamp").isNumber()).isTrue();
        VccHttp.Reply bars = http.get("chart/bars?coin=btc&currency=usdt&resolution=60000");
        assertThat(bars.json().isArray()).isTrue();
        assertThat(bars.json().get(0).path("close").asText()).isEqualTo("60000");
        assertThat(http.get("ticker").data().path("BTC_USDT").path("last_price").asText()).isEqualTo("60000");
    }

    @Test
    void publicAndAccountEndpoints() {
        JsonNode info = http.get("exchange_info").data();
        assertThat(info.path("timezone").asText()).isEqualTo("UTC");
        JsonNode btc = info.path("symbols").get(0);
        assertThat(btc.path("id").asText()).isEqualTo("btcusdt");
        assertThat(btc.path("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(btc.path("precision").path("price").asInt()).isEqualTo(2);
        assertThat(btc.path("precision").path("amount").asInt()).isEqualTo(6);
        assertThat(btc.path("minimum_quantity").asText()).isEqualTo("0.0001");
        assertThat(btc.path("minimum_amount").asText()).isEqualTo("10");
        assertThat(http.get("assets").data().path("BTC").path("taker_fee").asText()).isEqualTo("0.002");
        assertThat(http.get("summary").data().has("btc_usdt")).isTrue();
        demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.01&price=50000");
        JsonNode ob = http.get("orderbook/btc_usdt?depth=5").data();
        assertThat(ob.path("bids").get(0).get(0).asText()).isEqualTo("50000");
        assertThat(ob.path("timestamp").isTextual()).isTrue();
        assertThat(http.get("orderbook/XRP_USDT").status()).isEqualTo(422);
        assertThat(demo("GET", "user", null).data().path("id").asLong()).isEqualTo(1);
        assertThat(demo("GET", "deposit-address", "currency=btc").data().path("status").asText()).isEqualTo("PROVISIONED");
        JsonNode tx = demo("GET", "transactions", "type=deposit&currency=usdt").data();
        assertThat(tx.path("data").get(0).path("amount").asText()).isEqualTo("1000000");
        assertThat(tx.path("data").get(0).path("status").asText()).isEqualTo("success");
        assertThat(demo("PUT", "orders/cancel-by-type", "type=limit").data().path("data").size()).isEqualTo(1);
    }

    @Test
    void faults() {
        s.restFaults().tooManyRequests(1).internalError(1).gatewayTimeout(1).cloudflare403(1);
        VccHttp.Reply r429 = http.get("ticker");
        assertThat(r429.status()).isEqualTo(429);
        assertThat(r429.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(r429.body()).isEqualTo("{\"code\":429,\"message\":\"Too many requests\",\"description\":\"Too many requests\"}");
        assertThat(http.get("ticker").status()).isEqualTo(500);
        VccHttp.Reply r504 = http.get("ticker");
        assertThat(r504.status()).isEqualTo(504);
        assertThat(r504.body()).isEqualTo("{\"code\":504,\"message\":\"Gateway Timeout\",\"description\":\"\"}");
        VccHttp.Reply r403 = demo("GET", "balance", null);
        assertThat(r403.status()).isEqualTo(403);
        assertThat(r403.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r403.body()).contains("<title>Access denied | api.vcc.exchange used Cloudflare to restrict access</title>");
        assertThat(http.get("ticker").status()).isEqualTo(200);

        s.restFaults().delay(1, Duration.ofMillis(300));
        long t0 = System.nanoTime();
        assertThat(http.get("ticker").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void acceptThenFailLeavesExactlyOneOrderOnTheBook() {
        s.restFaults().acceptThenFailNextOrders(1);
        VccHttp.Reply r = demo("POST", "orders", "coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.01&price=40000");
        assertThat(r.status()).isEqualTo(500);
        assertThat(s.openOrders(1)).singleElement().satisfies(o -> assertThat(o.price()).isEqualByComparingTo("40000"));
        assertThat(demo("GET", "orders/open", null).data().path("total").asInt()).isEqualTo(1);
        assertThat(s.ledger().user(1)).anySatisfy(e -> assertThat(e.data().path("order").path("price").asText()).isEqualTo("40000"));
        assertThat(s.restFaults().pending()).isZero();
    }

    @Test
    void faultsAreResetBetweenTestsByTheExtension() {
        assertThat(s.restFaults().pending()).isZero();
        s.restFaults().internalError(5); // the extension clears it before the next test
    }

    @Test
    void publicParameterErrorsAndUnknownRoutes() {
        assertThat(http.get("trades/BTC_USDT?count=1001").body())
                .isEqualTo(INVALID + "{\"count\":[\"The count may not be greater than 1000.\"]}}");
        assertThat(http.get("chart/bars?coin=btc&currency=usdt&resolution=61000").status()).isEqualTo(422);
        VccHttp.Reply empty = http.get("chart/bars?coin=eth&currency=btc&resolution=60000&from=0&to=1");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo("[]");
        assertThat(http.get("nope").status()).isEqualTo(404);
        assertThat(demo("GET", "orders/abc", null).body()).isEqualTo("{\"message\":\"Data not found\"}");
        assertThat(demo("DELETE", "orders/1", null).status()).isEqualTo(404);
        assertThat(demo("GET", "deposit-address", "currency=doge").status()).isEqualTo(422);
    }
}
