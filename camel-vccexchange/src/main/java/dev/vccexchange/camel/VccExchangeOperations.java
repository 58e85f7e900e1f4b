package dev.vccexchange.camel;

/** Producer operation names: the endpoint's {@code name} or the {@code CamelVccExchangeOperation} header. */
public final class VccExchangeOperations {

    public static final String PLACE_ORDER = "placeOrder";
    public static final String CANCEL_ORDER = "cancelOrder";
    public static final String CANCEL_ALL_ORDERS = "cancelAllOrders";
    public static final String CANCEL_ORDERS_BY_TYPE = "cancelOrdersByType";
    public static final String GET_ORDER = "getOrder";
    public static final String OPEN_ORDERS = "openOrders";
    public static final String ORDER_HISTORY = "orderHistory";
    public static final String MY_TRADES = "myTrades";
    public static final String BALANCE = "balance";
    public static final String USER = "user";
    public static final String DEPOSIT_ADDRESS = "depositAddress";
    public static final String TRANSACTIONS = "transactions";
    public static final String EXCHANGE_INFO = "exchangeInfo";
    public static final String ASSETS = "assets";
    public static final String TICKER = "ticker";
    public static final String ORDERBOOK = "orderbook";
    public static final String TRADES = "trades";
    public static final String CANDLES = "candles";

    private VccExchangeOperations() {
    }
}
