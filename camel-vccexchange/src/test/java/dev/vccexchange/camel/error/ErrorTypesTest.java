package dev.vccexchange.camel.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.model.trade.OrderRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorTypesTest {

    @Test
    void allAreVccExchangeExceptionsWithStatusAndServerMessage() {
        List<VccApiException> all = List.of(
                new VccAuthenticationException("balance", 401, "Unauthenticated.", Map.of()),
                new VccPermissionException("placeOrder", 403, "error_security_level", Map.of()),
                new VccValidationException("placeOrder", 422, "The given data was invalid.",
                        Map.of("price", List.of("bad"))),
                new VccNotFoundException("getOrder", 404, "Data not found", null),
                new VccRateLimitedException("ticker", 429, "Too many requests", null, null),
                new VccServerException("balance", 502, "Bad Gateway", null),
                new VccUnexpectedResponseException("assets", 403, "HTML error page \"Access denied\"", null));
        assertThat(all).allSatisfy(e -> {
            assertThat(e).isInstanceOf(VccExchangeException.class).isInstanceOf(RuntimeException.class);
            assertThat(e.getMessage()).contains(e.operation()).contains(Integer.toString(e.httpStatus()));
            assertThat(e.errors()).isNotNull();
        });
        assertThat(all.get(2).getMessage())
                .isEqualTo("placeOrder failed: HTTP 422: The given data was invalid. {price=[bad]}");
    }

    @Test
    void errorsMapIsImmutableCopy() {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        m.put("q", new java.util.ArrayList<>(List.of("x")));
        VccValidationException e = VccValidationException.local("placeOrder", m);
        m.get("q").add("y");
        assertThat(e.errors().get("q")).containsExactly("x");
        assertThat(e.isLocal()).isTrue();
        assertThat(e.httpStatus()).isZero();
    }

    @Test
    void unknownOutcomeSaysToReconcile() {
        OrderRequest r = OrderRequest.limit("btc", "usdt", "buy", java.math.BigDecimal.ONE, java.math.BigDecimal.TEN);
        VccUnknownOrderOutcomeException place = new VccUnknownOrderOutcomeException("placeOrder", 502, "Bad Gateway",
                r, null, null);
        assertThat(place.getMessage()).contains("UNKNOWN").contains("HTTP 502").contains("openOrders")
                .contains("not retried");
        assertThat(place.orderRequest()).contains(r);
        VccUnknownOrderOutcomeException cancel = new VccUnknownOrderOutcomeException("cancelOrder", 0,
                "HttpTimeoutException", null, "42", null);
        assertThat(cancel.getMessage()).contains("order 42").contains("no HTTP answer");
        assertThat(cancel.orderId()).contains("42");
    }
}
