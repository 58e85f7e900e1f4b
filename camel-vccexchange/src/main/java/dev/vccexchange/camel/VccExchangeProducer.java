package dev.vccexchange.camel;

import dev.vccexchange.camel.model.Page;
import dev.vccexchange.camel.model.trade.OrderQuery;
import dev.vccexchange.camel.rest.VccRestClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.InvokeOnHeader;
import org.apache.camel.support.HeaderSelectorProducer;

/**
 * Maps a message to one signed REST v3 call. The operation is the {@code CamelVccExchangeOperation} header, else
 * the endpoint's name. Each input is taken from the message ({@link ProducerInputs}: typed/Map body, then header,
 * then endpoint option). Errors are the typed exceptions of {@code dev.vccexchange.camel.error}; a placeOrder or
 * cancel whose outcome is unknown raises {@code VccUnknownOrderOutcomeException} and is never retried.
 */
public class VccExchangeProducer extends HeaderSelectorProducer {

    private VccRestClient client;

    public VccExchangeProducer(VccExchangeEndpoint endpoint) {
        super(endpoint, VccExchangeConstants.OPERATION, endpoint::getName);
    }

    @Override
    public VccExchangeEndpoint getEndpoint() {
        return (VccExchangeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getEndpoint().getComponent().clients().restClient(getEndpoint().getConfiguration());
    }

    private ProducerInputs inputs(Exchange exchange) {
        String operation = exchange.getMessage().getHeader(VccExchangeConstants.OPERATION, getEndpoint().getName(),
                                                           String.class);
        return new ProducerInputs(operation, exchange.getMessage(), getEndpoint().getConfiguration());
    }

    @InvokeOnHeader(VccExchangeOperations.PLACE_ORDER)
    public Object placeOrder(Exchange exchange) {
        return client.placeOrder(inputs(exchange).orderRequest());
    }

    @InvokeOnHeader(VccExchangeOperations.CANCEL_ORDER)
    public void cancelOrder(Exchange exchange) {
        // The exchange may answer a cancel with no order (data null): the body is then null, not the request.
        exchange.getMessage().setBody(
                client.cancelOrder(inputs(exchange).required(VccExchangeConstants.ORDER_ID, "orderId")).orElse(null));
    }

    @InvokeOnHeader(VccExchangeOperations.CANCEL_ALL_ORDERS)
    public Object cancelAllOrders(Exchange exchange) {
        return client.cancelAllOrders();
    }

    @InvokeOnHeader(VccExchangeOperations.CANCEL_ORDERS_BY_TYPE)
    public Object cancelOrdersByType(Exchange exchange) {
        return client.cancelOrdersByType(inputs(exchange).required(VccExchangeConstants.ORDER_TYPE, "orderType"));
    }

    @InvokeOnHeader(VccExchangeOperations.GET_ORDER)
    public Object getOrder(Exchange exchange) {
        return client.getOrder(inputs(exchange).required(VccExchangeConstants.ORDER_ID, "orderId"));
    }

    @InvokeOnHeader(VccExchangeOperations.OPEN_ORDERS)
    public Object openOrders(Exchange exchange) {
        return paged(exchange, client.openOrders(orderQuery(exchange)));
    }

    @InvokeOnHeader(VccExchangeOperations.ORDER_HISTORY)
    public Object orderHistory(Exchange exchange) {
        return paged(exchange, client.orderHistory(orderQuery(exchange)));
    }

    @InvokeOnHeader(VccExchangeOperations.MY_TRADES)
    public Object myTrades(Exchange exchange) {
        return paged(exchange, client.myTrades(orderQuery(exchange)));
    }

    @InvokeOnHeader(VccExchangeOperations.BALANCE)
    public Object balance(Exchange exchange) {
        return client.balance();
    }

    @InvokeOnHeader(VccExchangeOperations.USER)
    public Object user(Exchange exchange) {
        return client.user();
    }

    @InvokeOnHeader(VccExchangeOperations.DEPOSIT_ADDRESS)
    public Object depositAddress(Exchange exchange) {
        return client.depositAddress(inputs(exchange).required(VccExchangeConstants.CURRENCY, "currency"));
    }

    @InvokeOnHeader(VccExchangeOperations.TRANSACTIONS)
    public Object transactions(Exchange exchange) {
        return paged(exchange, client.transactions(inputs(exchange).transactionQuery()));
    }

    @InvokeOnHeader(VccExchangeOperations.EXCHANGE_INFO)
    public Object exchangeInfo(Exchange exchange) {
        return client.exchangeInfo();
    }

    @InvokeOnHeader(VccExchangeOperations.ASSETS)
    public Object assets(Exchange exchange) {
        return client.assets();
    }

    @InvokeOnHeader(VccExchangeOperations.TICKER)
    public Object ticker(Exchange exchange) {
        return client.ticker();
    }

    @InvokeOnHeader(VccExchangeOperations.ORDERBOOK)
    public Object orderbook(Exchange exchange) {
        ProducerInputs in = inputs(exchange);
        return client.orderbook(in.required(VccExchangeConstants.COIN, "coin"),
                                in.required(VccExchangeConstants.CURRENCY, "currency"),
                                in.integer(VccExchangeConstants.DEPTH, in.config().getDepth()),
                                in.integer(VccExchangeConstants.LEVEL, in.config().getLevel()));
    }

    @InvokeOnHeader(VccExchangeOperations.TRADES)
    public Object trades(Exchange exchange) {
        ProducerInputs in = inputs(exchange);
        return client.trades(in.required(VccExchangeConstants.COIN, "coin"),
                             in.required(VccExchangeConstants.CURRENCY, "currency"),
                             in.integer(VccExchangeConstants.COUNT, in.config().getCount()),
                             in.string(VccExchangeConstants.TRADE_TYPE, in.config().getTradeType()));
    }

    @InvokeOnHeader(VccExchangeOperations.CANDLES)
    public Object candles(Exchange exchange) {
        ProducerInputs in = inputs(exchange);
        long to = in.longValue(VccExchangeConstants.TO, in.config().getTo(), System.currentTimeMillis() / 1000);
        long resolution = in.longValue(VccExchangeConstants.RESOLUTION, in.config().getResolution(), 60_000L);
        // Default window: the 100 bars before 'to' (the exchange returns at most 100 per call).
        long from = in.longValue(VccExchangeConstants.FROM, in.config().getFrom(), to - resolution / 1000 * 100);
        return client.candles(in.required(VccExchangeConstants.COIN, "coin"),
                              in.required(VccExchangeConstants.CURRENCY, "currency"), resolution, from, to);
    }

    private OrderQuery orderQuery(Exchange exchange) {
        return inputs(exchange).orderQuery();
    }

    /** List operations return the page's items as the body (ready for split) and describe the page in headers. */
    private static Object paged(Exchange exchange, Page<?> page) {
        Message message = exchange.getMessage();
        message.setHeader(VccExchangeConstants.CURRENT_PAGE, page.currentPage());
        message.setHeader(VccExchangeConstants.LAST_PAGE, page.lastPage());
        message.setHeader(VccExchangeConstants.PER_PAGE, page.perPage());
        message.setHeader(VccExchangeConstants.TOTAL, page.total());
        return page.data();
    }
}
