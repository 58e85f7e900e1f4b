package dev.vccexchange.camel;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the vccexchange component. Each is documented here, where it is declared; the generated
 * component JSON and docs take their descriptions from these annotations.
 */
public final class VccExchangeConstants {

    // ---- consumer: set on every Exchange created from a socket event ----

    @Metadata(label = "consumer", description = "The event name as sent on the wire, e.g. `App\\Events\\BalanceUpdated`.",
              javaType = "String")
    public static final String EVENT = "CamelVccExchangeEvent";
    /**
     * The {@link #EVENT} of the exchange a consumer with {@code subscribeNotice=true} delivers when its channel was
     * subscribed on a freshly (re)connected socket.
     */
    public static final String SUBSCRIBED_EVENT = "VccExchangeSubscribed";
    @Metadata(label = "consumer", description = "The Laravel Echo channel the event arrived on, e.g. `private-App.User.1`.",
              javaType = "String")
    public static final String CHANNEL = "CamelVccExchangeChannel";
    @Metadata(label = "consumer", description = "When the component read the event from the socket (epoch milliseconds).",
              javaType = "long")
    public static final String RECEIVED_AT = "CamelVccExchangeReceivedAt";

    // ---- producer: inputs (each overrides the endpoint option of the same meaning) ----

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's name.",
              javaType = "String",
              enums = "placeOrder,cancelOrder,cancelAllOrders,cancelOrdersByType,getOrder,openOrders,orderHistory,"
                      + "myTrades,balance,user,depositAddress,transactions,exchangeInfo,assets,ticker,orderbook,trades,candles")
    public static final String OPERATION = "CamelVccExchangeOperation";
    @Metadata(label = "producer", description = "Base coin of the market, lowercase (e.g. `btc`).", javaType = "String")
    public static final String COIN = "CamelVccExchangeCoin";
    @Metadata(label = "producer", description = "Quote currency of the market, lowercase (e.g. `usdt`); for "
                                                + "depositAddress and transactions, the currency concerned.",
              javaType = "String")
    public static final String CURRENCY = "CamelVccExchangeCurrency";
    @Metadata(label = "producer", description = "Order side, or the side filter of list operations.", javaType = "String",
              enums = "buy,sell")
    public static final String TRADE_TYPE = "CamelVccExchangeTradeType";
    @Metadata(label = "producer", description = "Order type; for cancelOrdersByType, the type to cancel.",
              javaType = "String", enums = "limit,market,ceiling_market")
    public static final String ORDER_TYPE = "CamelVccExchangeOrderType";
    @Metadata(label = "producer", description = "Order quantity in the base coin.", javaType = "java.math.BigDecimal")
    public static final String QUANTITY = "CamelVccExchangeQuantity";
    @Metadata(label = "producer", description = "Limit price in the quote currency.", javaType = "java.math.BigDecimal")
    public static final String PRICE = "CamelVccExchangePrice";
    @Metadata(label = "producer",
              description = "Quote amount of a ceiling_market order: to spend on a buy, to receive on a sell.",
              javaType = "java.math.BigDecimal")
    public static final String CEILING = "CamelVccExchangeCeiling";
    @Metadata(label = "producer", description = "Trigger price; setting it makes the order a stop order.",
              javaType = "java.math.BigDecimal")
    public static final String STOP_PRICE = "CamelVccExchangeStopPrice";
    @Metadata(label = "producer", description = "Stop trigger: `ge` fires when the last price rises to the stop price, "
                                                + "`le` when it falls to it.",
              javaType = "String", enums = "ge,le")
    public static final String STOP_CONDITION = "CamelVccExchangeStopCondition";
    @Metadata(label = "producer", description = "Order id for getOrder and cancelOrder.", javaType = "String")
    public static final String ORDER_ID = "CamelVccExchangeOrderId";
    @Metadata(label = "producer", description = "Page to fetch (1-based) for list operations.", javaType = "Integer")
    public static final String PAGE = "CamelVccExchangePage";
    @Metadata(label = "producer", description = "Page size for list operations (at most 1000).", javaType = "Integer")
    public static final String LIMIT = "CamelVccExchangeLimit";
    @Metadata(label = "producer", description = "Lower time bound for list operations (epoch milliseconds).",
              javaType = "Long")
    public static final String START_DATE = "CamelVccExchangeStartDate";
    @Metadata(label = "producer", description = "Upper time bound for list operations (epoch milliseconds).",
              javaType = "Long")
    public static final String END_DATE = "CamelVccExchangeEndDate";
    @Metadata(label = "producer", description = "orderHistory: leave canceled orders out.", javaType = "Boolean")
    public static final String HIDE_CANCELED = "CamelVccExchangeHideCanceled";
    @Metadata(label = "producer", description = "transactions: `deposit` or `withdraw`.", javaType = "String",
              enums = "deposit,withdraw")
    public static final String TRANSACTION_TYPE = "CamelVccExchangeTransactionType";
    @Metadata(label = "producer", description = "orderbook: number of levels (0 = full book, 5, 10, 20, 50, 100, 500).",
              javaType = "Integer")
    public static final String DEPTH = "CamelVccExchangeDepth";
    @Metadata(label = "producer", description = "orderbook: 1 = best bid/ask, 2 = aggregated by price, 3 = every order.",
              javaType = "Integer")
    public static final String LEVEL = "CamelVccExchangeLevel";
    @Metadata(label = "producer", description = "trades: how many public trades to return (at most 1000).",
              javaType = "Integer")
    public static final String COUNT = "CamelVccExchangeCount";
    @Metadata(label = "producer", description = "candles: bar length in milliseconds (60000 … 604800000).",
              javaType = "Long")
    public static final String RESOLUTION = "CamelVccExchangeResolution";
    @Metadata(label = "producer", description = "candles: first bar (epoch seconds).", javaType = "Long")
    public static final String FROM = "CamelVccExchangeFrom";
    @Metadata(label = "producer", description = "candles: last bar (epoch seconds).", javaType = "Long")
    public static final String TO = "CamelVccExchangeTo";

    // ---- producer: outputs of list operations ----

    @Metadata(label = "producer", description = "List operations: the page returned.", javaType = "Integer")
    public static final String CURRENT_PAGE = "CamelVccExchangeCurrentPage";
    @Metadata(label = "producer", description = "List operations: the number of the last page.", javaType = "Integer")
    public static final String LAST_PAGE = "CamelVccExchangeLastPage";
    @Metadata(label = "producer", description = "List operations: the page size the exchange used.", javaType = "Integer")
    public static final String PER_PAGE = "CamelVccExchangePerPage";
    @Metadata(label = "producer", description = "List operations: the number of items over all pages.",
              javaType = "Long")
    public static final String TOTAL = "CamelVccExchangeTotal";

    private VccExchangeConstants() {
    }
}
