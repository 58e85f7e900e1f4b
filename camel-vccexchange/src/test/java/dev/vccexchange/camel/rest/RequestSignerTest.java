package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Vectors produced independently of this code with OpenSSL, e.g.
 * {@code printf '%s' 'GET v3/balance' | openssl dgst -sha256 -hmac secret123} (OpenSSL 3, 2026-12-04); the first
 * four equal the table in vcc-api.md §2. The UTF-8 secret vector used {@code -hmac 'sëcret'} in a UTF-8 shell
 * (bytes 73 c3 ab 63 72 65 74).
 */
class RequestSignerTest {

    private static final String SECRET = "secret123";

    @Test
    void getBalance() {
        assertThat(RequestSigner.sign(SECRET, "GET", "v3/balance"))
                .isEqualTo("5ed9cd492dea8ba65c638ed297d170ed397dee374be3512adb574f903e301d46");
    }

    @Test
    void getWithQuery() {
        assertThat(RequestSigner.sign(SECRET, "GET", "v3/orders/open?coin=btc&currency=usdt&limit=100"))
                .isEqualTo("b7366f4be724836ffc83ce3c9db2d201a633e21a924be301bf70acb88a83ed8a");
    }

    @Test
    void postOrderKeepsCcxtParameterOrder() {
        String query = QueryString.empty().add("coin", "btc").add("currency", "usdt").add("trade_type", "buy")
                .add("type", "limit").add("quantity", new BigDecimal("0.001000")).add("price", new BigDecimal("10000.00"))
                .encoded();
        assertThat(query).isEqualTo("coin=btc&currency=usdt&trade_type=buy&type=limit&quantity=0.001000&price=10000.00");
        assertThat(RequestSigner.sign(SECRET, "POST", "v3/orders?" + query))
                .isEqualTo("6c7ac8edfd75de60a1a0e1d27911b924bd9c50f5e7714a2caffecc2f3848cf26");
    }

    @Test
    void putCancel() {
        assertThat(RequestSigner.sign(SECRET, "PUT", "v3/orders/88214435/cancel"))
                .isEqualTo("efb33534ff521990bbd08217b1decb3d8da7288e64cca95b5ba07c8d4bbdce3b");
    }

    @Test
    void utf8SecretAndStopOrder() {
        assertThat(RequestSigner.sign("sëcret", "POST", "v3/orders?coin=btc&currency=usdt&trade_type=sell&type=limit"
                + "&quantity=1&price=14.99&is_stop=1&stop_condition=ge&stop_price=13"))
                .isEqualTo("e076a118cc2c3b9ddabef753b986d787d6844ce61be18ba4671ee52487952a9e");
    }

    @Test
    void oneKeyedSignerSignsConcurrentlyWithTheVectorsAndHidesItsKey() throws Exception {
        RequestSigner signer = RequestSigner.forSecret(SECRET);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean balance = i % 2 == 0;
                results.add(pool.submit(() -> balance
                        ? signer.sign("GET", "v3/balance")
                                .equals("5ed9cd492dea8ba65c638ed297d170ed397dee374be3512adb574f903e301d46")
                        : signer.sign("PUT", "v3/orders/88214435/cancel")
                                .equals("efb33534ff521990bbd08217b1decb3d8da7288e64cca95b5ba07c8d4bbdce3b")));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(signer.toString()).doesNotContain(SECRET);
    }

    @Test
    void leadingSlashAndLowercaseMethodAreNormalised() {
        assertThat(RequestSigner.stringToSign("get", "/v3/balance")).isEqualTo("GET v3/balance");
        assertThat(RequestSigner.sign(SECRET, "get", "/v3/balance"))
                .isEqualTo(RequestSigner.sign(SECRET, "GET", "v3/balance"));
    }

    @Test
    void queryStringKeepsOrderAndEncodes() {
        QueryString q = QueryString.empty().add("z", "1").add("a", "x y&z").add("skipped", null).add("flag", true);
        assertThat(q.encoded()).isEqualTo("z=1&a=x%20y%26z&flag=1");
        assertThat(q.toJson()).isEqualTo("{\"z\":\"1\",\"a\":\"x y&z\",\"flag\":\"1\"}");
        assertThat(QueryString.empty().toJson()).isEqualTo("{}");
        assertThat(QueryString.empty().add("q", new BigDecimal("1E-7")).encoded()).isEqualTo("q=0.0000001");
        assertThat(QueryString.empty().add("u", "é~A-z.0_9").add("p", "a/b+c=").encoded())
                .isEqualTo("u=%C3%A9~A-z.0_9&p=a%2Fb%2Bc%3D");
        assertThat(q.params()).containsExactly(java.util.Map.entry("z", "1"), java.util.Map.entry("a", "x y&z"),
                java.util.Map.entry("flag", "1"));
        QueryString shared = QueryString.empty().add("a", 1);
        assertThat(shared.add("b", 2).encoded()).isEqualTo("a=1&b=2");
        assertThat(shared.add("c", 3).encoded()).isEqualTo("a=1&c=3");
        assertThat(shared.encoded()).isEqualTo("a=1");
    }

    @Test
    void jsonBodyEscapesLikeJacksonsWriter() throws Exception {
        String awkward = "quote\" back\\ slash/ tab\t nl\n ctl\u0001 \u00e9\u20ac\ud83d\ude00";
        QueryString q = QueryString.empty().add("k\"ey", awkward).add("n", new BigDecimal("0.001"));
        com.fasterxml.jackson.databind.node.ObjectNode expected = dev.vccexchange.camel.model.VccJson.mapper()
                .createObjectNode().put("k\"ey", awkward).put("n", "0.001");
        assertThat(q.toJson()).isEqualTo(expected.toString());
        assertThat(dev.vccexchange.camel.model.VccJson.mapper().readTree(q.toJson())).isEqualTo(expected);
    }

    @Test
    void signedPrefixComesFromBaseUrl() {
        assertThat(RestOptions.of("k", "s").signedPathPrefix()).isEqualTo("v3/");
        assertThat(RestOptions.of("k", "s").withBaseUrl(URI.create("http://127.0.0.1:8080/api/v3/"))
                .signedPathPrefix()).isEqualTo("api/v3/");
        assertThat(RestOptions.of("k", "s").withBaseUrl(URI.create("http://127.0.0.1:8080")).signedPathPrefix())
                .isEmpty();
    }

    @Test
    void credentialsWithControlCharactersAreRefusedWithoutQuotingThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RestOptions.of("key\nzq9x", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("zq9x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RestOptions.of("k", "sec w7vq"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("w7vq");
    }

    @Test
    void optionsToStringMasksCredentials() {
        RestOptions o = RestOptions.of("my-api-key-123", "my-api-secret-456");
        assertThat(o.toString()).doesNotContain("my-api-key-123").doesNotContain("my-api-secret-456")
                .contains("apiKey=****");
        assertThat(o.requestTimeout()).hasSeconds(30);
        assertThat(o.maxRetries()).isEqualTo(3);
        assertThat(o.baseUrl()).hasToString("https://api.vcc.exchange/v3");
    }
}
