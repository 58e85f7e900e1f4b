package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.market.ExchangeInfo;
import dev.vccexchange.camel.model.market.SymbolInfo;
import dev.vccexchange.camel.model.trade.OrderRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {

    /** btc/usdt: price 2 dp, amount 6 dp, cost 2 dp; min qty 0.0001, min price 0.01, min notional 10. */
    static final ExchangeInfo INFO = new ExchangeInfo("UTC", 1L, List.of(
            new SymbolInfo("btcusdt", "BTC/USDT", "btc", "usdt", "1", "2", true, new BigDecimal("0.000001"),
                    new BigDecimal("0.01"), new BigDecimal("0.0001"), new BigDecimal("10"),
                    new SymbolInfo.Precision(2, 6, 2),
                    new SymbolInfo.Limits(new SymbolInfo.MinMax(new BigDecimal("0.0001"), null),
                            new SymbolInfo.MinMax(new BigDecimal("0.01"), null),
                            new SymbolInfo.MinMax(new BigDecimal("10"), null))),
            new SymbolInfo("ethusdt", "ETH/USDT", "eth", "usdt", "3", "2", false, null, null, null, null, null,
                    null)));

    private static OrderRequest.Builder limit() {
        return OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy").type("limit").quantity("0.001")
                .price("20000.5");
    }

    private static Map<String, List<String>> errors(OrderRequest r) {
        try {
            OrderValidator.validate(r, INFO);
            return Map.of();
        } catch (VccValidationException e) {
            assertThat(e.httpStatus()).isZero();
            assertThat(e.isLocal()).isTrue();
            return e.errors();
        }
    }

    @Test
    void validOrdersPass() {
        assertThatCode(() -> OrderValidator.validate(limit().build(), INFO)).doesNotThrowAnyException();
        assertThatCode(() -> OrderValidator.validate(OrderRequest.builder().coin("btc").currency("usdt")
                .tradeType("sell").type("market").quantity("0.5").build(), INFO)).doesNotThrowAnyException();
        assertThatCode(() -> OrderValidator.validate(OrderRequest.builder().coin("btc").currency("usdt")
                .tradeType("buy").type("ceiling_market").ceiling("30").build(), INFO)).doesNotThrowAnyException();
        assertThatCode(() -> OrderValidator.validate(limit().stopPrice("19000").stopCondition("le").build(), INFO))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrderValidator.validate(limit().price("20000.50000").build(), INFO))
                .as("trailing zeros are not extra precision").doesNotThrowAnyException();
    }

    @Test
    void limitNeedsPriceAndQuantity() {
        assertThat(errors(limit().price((BigDecimal) null).build())).containsOnlyKeys("price");
        assertThat(errors(limit().quantity((BigDecimal) null).build())).containsOnlyKeys("quantity");
        assertThat(errors(limit().quantity("0").build())).containsOnlyKeys("quantity");
        assertThat(errors(limit().price("-1").build())).containsOnlyKeys("price");
    }

    @Test
    void marketNeedsQuantityAndNoPrice() {
        OrderRequest.Builder m = OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy").type("market");
        assertThat(errors(m.build())).containsOnlyKeys("quantity");
        assertThat(errors(m.quantity("1").price("10").build())).containsOnlyKeys("price");
    }

    @Test
    void ceilingMarketNeedsCeilingAndNoQuantity() {
        OrderRequest.Builder c = OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy")
                .type("ceiling_market");
        assertThat(errors(c.build())).containsOnlyKeys("ceiling");
        assertThat(errors(c.ceiling("30").quantity("1").build())).containsOnlyKeys("quantity");
        assertThat(errors(OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy")
                .type("ceiling_market").ceiling("30.123").build())).containsOnlyKeys("ceiling");
        assertThat(errors(OrderRequest.builder().coin("btc").currency("usdt").tradeType("buy")
                .type("ceiling_market").ceiling("5").build())).containsOnlyKeys("ceiling");
    }

    @Test
    void stopNeedsPriceAndCondition() {
        assertThat(errors(limit().stopPrice("19000").build())).containsOnlyKeys("stop_condition");
        assertThat(errors(limit().stopPrice("19000").stopCondition("gt").build())).containsOnlyKeys("stop_condition");
        assertThat(errors(limit().stopCondition("ge").build())).containsOnlyKeys("stop_price");
        assertThat(errors(limit().stopPrice("19000.123").stopCondition("ge").build())).containsOnlyKeys("stop_price");
    }

    @Test
    void coinAndCurrencyAreShortLowercaseAlphanumericIds() {
        assertThat(OrderValidator.checkFields(limit().coin("btc-x").build())).containsOnlyKeys("coin");
        assertThat(OrderValidator.checkFields(limit().currency("us dt").build())).containsOnlyKeys("currency");
        assertThat(OrderValidator.checkFields(limit().coin("a".repeat(21)).build())).containsOnlyKeys("coin");
        assertThat(OrderValidator.checkFields(limit().coin("a1".repeat(10)).build())).isEmpty();
        assertThat(OrderValidator.checkFields(limit().coin("đ").build()).get("coin").get(0))
                .isEqualTo("The coin must be a lowercase currency id: đ");
    }

    @Test
    void enums() {
        assertThat(errors(limit().tradeType("long").build())).containsOnlyKeys("trade_type");
        assertThat(errors(limit().type("stop_limit").build())).containsOnlyKeys("type");
        assertThat(errors(limit().tradeType(null).type(null).build())).containsOnlyKeys("trade_type", "type");
        assertThat(errors(limit().coin("b/tc").currency(null).build())).containsOnlyKeys("coin", "currency");
        assertThat(OrderValidator.checkFields(limit().coin("a".repeat(20)).build())).isEmpty();
        assertThat(OrderValidator.checkFields(limit().coin("a".repeat(21)).build())).containsOnlyKeys("coin");
        assertThat(OrderValidator.checkFields(limit().coin("bt\u00e9").currency("us-dt").build()))
                .containsOnlyKeys("coin", "currency");
        assertThat(errors(null)).containsOnlyKeys("order");
    }

    @Test
    void precisionIsRejectedNotRounded() {
        Map<String, List<String>> e = errors(limit().price("20000.505").quantity("0.0000011").build());
        assertThat(e).containsOnlyKeys("price", "quantity");
        assertThat(e.get("price").get(0)).contains("more than 2 decimal places");
    }

    @Test
    void minimums() {
        assertThat(errors(limit().quantity("0.00001").build())).containsKey("quantity");
        assertThat(errors(limit().quantity("0.0001").price("1").build()).get("quantity").get(0))
                .contains("below the minimum 10");
        assertThat(errors(limit().price("0.001").build())).containsKey("price");
    }

    @Test
    void unknownOrOfflinePair() {
        assertThat(errors(limit().coin("doge").build()).get("coin").get(0)).contains("invalid");
        assertThat(errors(limit().coin("eth").build()).get("coin").get(0)).contains("offline");
    }

    @Test
    void withoutExchangeInfoOnlyFieldRulesApply() {
        assertThatCode(() -> OrderValidator.validate(limit().price("1.123456789").build(), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrderValidator.validate(limit().price((String) null).build(), null))
                .isInstanceOf(VccValidationException.class).hasMessageContaining("placeOrder")
                .hasMessageContaining("local check");
    }
}
