package dev.vccexchange.camel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.account.TransactionQuery;
import dev.vccexchange.camel.model.trade.OrderQuery;
import dev.vccexchange.camel.model.trade.OrderRequest;
import org.apache.camel.Message;

/**
 * The inputs of one producer call, each resolved most specific first: the body (an {@link OrderRequest} or a
 * {@code Map} with the exchange's field names, e.g. {@code trade_type}, or camelCase, e.g. {@code tradeType}),
 * then the header, then the endpoint option.
 */
final class ProducerInputs {

    private final String operation;
    private final Message message;
    private final VccExchangeConfiguration config;
    private final Map<?, ?> bodyMap;

    ProducerInputs(String operation, Message message, VccExchangeConfiguration config) {
        this.operation = operation;
        this.message = message;
        this.config = config;
        this.bodyMap = message.getBody() instanceof Map<?, ?> map ? map : Map.of();
    }

    VccExchangeConfiguration config() {
        return config;
    }

    OrderRequest orderRequest() {
        OrderRequest fromBody = message.getBody() instanceof OrderRequest request ? request : null;
        return OrderRequest.builder()
                .coin(pick(fromBody, OrderRequest::coin, VccExchangeConstants.COIN, "coin", config.getCoin()))
                .currency(pick(fromBody, OrderRequest::currency, VccExchangeConstants.CURRENCY, "currency",
                               config.getCurrency()))
                .tradeType(pick(fromBody, OrderRequest::tradeType, VccExchangeConstants.TRADE_TYPE, "trade_type",
                                config.getTradeType()))
                .type(pick(fromBody, OrderRequest::type, VccExchangeConstants.ORDER_TYPE, "type",
                           config.getOrderType()))
                .quantity(decimal(fromBody, OrderRequest::quantity, VccExchangeConstants.QUANTITY, "quantity",
                                  config.getQuantity()))
                .price(decimal(fromBody, OrderRequest::price, VccExchangeConstants.PRICE, "price", config.getPrice()))
                .ceiling(decimal(fromBody, OrderRequest::ceiling, VccExchangeConstants.CEILING, "ceiling",
                                 config.getCeiling()))
                .stopPrice(decimal(fromBody, OrderRequest::stopPrice, VccExchangeConstants.STOP_PRICE, "stop_price",
                                   config.getStopPrice()))
                .stopCondition(pick(fromBody, OrderRequest::stopCondition, VccExchangeConstants.STOP_CONDITION,
                                    "stop_condition", config.getStopCondition()))
                .build();
    }

    OrderQuery orderQuery() {
        return OrderQuery.builder()
                .page(integer(VccExchangeConstants.PAGE, "page", config.getPage()))
                .limit(integer(VccExchangeConstants.LIMIT, "limit", config.getLimit()))
                .startDate(longValue(VccExchangeConstants.START_DATE, "start_date", config.getStartDate()))
                .endDate(longValue(VccExchangeConstants.END_DATE, "end_date", config.getEndDate()))
                .coin(string(VccExchangeConstants.COIN, "coin", config.getCoin()))
                .currency(string(VccExchangeConstants.CURRENCY, "currency", config.getCurrency()))
                .tradeType(string(VccExchangeConstants.TRADE_TYPE, "trade_type", config.getTradeType()))
                .hideCanceled(value(VccExchangeConstants.HIDE_CANCELED, "hide_canceled", Boolean.class,
                                    config.getHideCanceled()))
                .build();
    }

    TransactionQuery transactionQuery() {
        return new TransactionQuery(string(VccExchangeConstants.TRANSACTION_TYPE, "type", config.getTransactionType()),
                                    string(VccExchangeConstants.CURRENCY, "currency", config.getCurrency()),
                                    integer(VccExchangeConstants.LIMIT, "limit", config.getLimit()),
                                    longValue(VccExchangeConstants.START_DATE, "start", config.getStartDate()),
                                    longValue(VccExchangeConstants.END_DATE, "end", config.getEndDate()),
                                    integer(VccExchangeConstants.PAGE, "page", config.getPage()));
    }

    /** A required string input; missing → a local validation error before any request is sent. */
    String required(String header, String option) {
        String value = string(header, option, optionValue(option));
        if (value == null || value.isBlank()) {
            throw VccValidationException.local(operation, Map.of(option, List.of(
                    "The " + option + " is required: set the " + header + " header or the " + option + " option.")));
        }
        return value;
    }

    String string(String header, String field, String fallback) {
        return value(header, field, String.class, fallback);
    }

    String string(String header, String fallback) {
        return value(header, null, String.class, fallback);
    }

    Integer integer(String header, Integer fallback) {
        return value(header, null, Integer.class, fallback);
    }

    Integer integer(String header, String field, Integer fallback) {
        return value(header, field, Integer.class, fallback);
    }

    Long longValue(String header, String field, Long fallback) {
        return value(header, field, Long.class, fallback);
    }

    long longValue(String header, Long option, long fallback) {
        Long value = value(header, null, Long.class, option);
        return value == null ? fallback : value;
    }

    private <T> T value(String header, String field, Class<T> type, T fallback) {
        Object fromBody = field == null ? null : bodyValue(field);
        if (fromBody != null) {
            T converted = message.getExchange().getContext().getTypeConverter().tryConvertTo(type, fromBody);
            if (converted == null) {
                throw VccValidationException.local(operation, Map.of(field, List.of(
                        "The " + field + " of the body cannot be read as " + type.getSimpleName() + ".")));
            }
            return converted;
        }
        T fromHeader = message.getHeader(header, type);
        return fromHeader != null ? fromHeader : fallback;
    }

    private String pick(OrderRequest body, Function<OrderRequest, String> field, String header, String key,
                        String option) {
        String fromBody = body == null ? null : field.apply(body);
        return fromBody != null ? fromBody : string(header, key, option);
    }

    private BigDecimal decimal(OrderRequest body, Function<OrderRequest, BigDecimal> field, String header, String key,
                               BigDecimal option) {
        BigDecimal fromBody = body == null ? null : field.apply(body);
        return fromBody != null ? fromBody : value(header, key, BigDecimal.class, option);
    }

    /** Map bodies may use the exchange's snake_case names or Java's camelCase. */
    private Object bodyValue(String snakeCase) {
        Object value = bodyMap.get(snakeCase);
        if (value == null && snakeCase.contains("_")) {
            value = bodyMap.get(camelCase(snakeCase));
        }
        return value;
    }

    private static String camelCase(String snakeCase) {
        StringBuilder out = new StringBuilder(snakeCase.length());
        boolean upper = false;
        for (char c : snakeCase.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private String optionValue(String option) {
        return switch (option) {
            case "orderId" -> config.getOrderId();
            case "orderType" -> config.getOrderType();
            case "coin" -> config.getCoin();
            case "currency" -> config.getCurrency();
            default -> null;
        };
    }
}
