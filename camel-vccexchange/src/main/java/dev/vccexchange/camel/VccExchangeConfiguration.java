package dev.vccexchange.camel;

import java.math.BigDecimal;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of a vccexchange endpoint. The component holds one as the default for all its endpoints
 * ({@code camel.component.vccexchange.*}); each endpoint works on a {@link #copy()}.
 */
@UriParams
public class VccExchangeConfiguration implements Cloneable {

    // ---- account (consumer and producer) ----

    @UriParam(label = "security", secret = true,
              description = "API key. Sent as `Authorization: Bearer` on private REST calls and when subscribing to "
                            + "the private user channel.")
    private String apiKey;
    @UriParam(label = "security", secret = true, description = "API secret used to sign private REST calls.")
    private String apiSecret;
    @UriParam(description = "The account's numeric user id: the private channel is `private-App.User.{userId}`. "
                            + "Required by the balance and orders streams.")
    private Long userId;
    @UriParam(description = "Base coin of the market, lowercase (e.g. `btc`). Consumer: filters the trades and "
                            + "orderbook streams. Producer: default for the CamelVccExchangeCoin header.")
    private String coin;
    @UriParam(description = "Quote currency of the market, lowercase (e.g. `usdt`). Consumer: filters the trades and "
                            + "orderbook streams. Producer: default for the CamelVccExchangeCurrency header.")
    private String currency;
    @UriParam(label = "security", description = "TLS settings for `wss://` and `https://` connections.")
    private SSLContextParameters sslContextParameters;

    // ---- consumer ----

    @UriParam(label = "consumer", defaultValue = "wss://socket.vcc.exchange:6001",
              description = "The exchange's socket.io server, `wss://host:port` or `ws://host:port`; the component adds "
                            + "`/socket.io/` and the query.")
    private String socketUrl = "wss://socket.vcc.exchange:6001";
    @UriParam(label = "consumer", defaultValue = "3", enums = "3,4",
              description = "Engine.IO protocol: 3 for socket.io 2.x servers such as laravel-echo-server (VCC), "
                            + "4 for socket.io 3/4 servers.")
    private int engineIoVersion = 3;
    @UriParam(label = "consumer",
              description = "The channel stream: the Laravel Echo channel to subscribe to (e.g. `App.Prices`, "
                            + "`private-App.User.1`). Required for `vccexchange:channel`.")
    private String channel;
    @UriParam(label = "consumer",
              description = "The channel stream: comma-separated event names to deliver; empty delivers every event "
                            + "on the channel.")
    private String events;
    @UriParam(label = "consumer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "First reconnect delay in milliseconds; it doubles on each failed attempt, with ±50% jitter.")
    private long reconnectDelay = 1000;
    @UriParam(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest reconnect delay in milliseconds.")
    private long reconnectMaxDelay = 30000;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "How many reconnect attempts in a row before the consumer gives up (its health check "
                            + "then stays DOWN); 0 means never give up.")
    private int reconnectMaxAttempts;
    @UriParam(label = "consumer", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long opening the WebSocket and the socket.io handshake may take, in milliseconds.")
    private long connectTimeout = 10000;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Also deliver one exchange each time the account's socket (re)connects and this consumer's "
                            + "channel is subscribed again: header `CamelVccExchangeEvent` = `VccExchangeSubscribed`, "
                            + "no body. socket.io replays nothing, so this is when to reconcile what the link missed.")
    private boolean subscribeNotice;

    // ---- producer ----

    @UriParam(label = "producer", defaultValue = "https://api.vcc.exchange/v3",
              description = "Base URL of the REST v3 API.")
    private String restUrl = "https://api.vcc.exchange/v3";
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long one REST call may take, in milliseconds. A placeOrder or cancel that times out "
                            + "has an unknown outcome and is never retried.")
    private long requestTimeout = 30000;
    @UriParam(label = "producer", defaultValue = "0",
              description = "Client-side limit of REST requests per second for this account; 0 means no limit.")
    private double rateLimit;
    @UriParam(label = "producer", defaultValue = "3",
              description = "How often an idempotent GET is retried after 429 or 503 (honouring Retry-After). "
                            + "Orders and cancels are never retried.")
    private int maxRetries = 3;
    @UriParam(label = "producer", defaultValue = "false",
              description = "List operations follow every page and return them merged into one.")
    private boolean fetchAllPages;
    @UriParam(label = "producer,proxy", description = "HTTP proxy host for REST calls and the WebSocket.")
    private String proxyHost;
    @UriParam(label = "producer,proxy", description = "HTTP proxy port.")
    private Integer proxyPort;

    @UriParam(label = "producer", enums = "buy,sell", description = "Default order side / side filter.")
    private String tradeType;
    @UriParam(label = "producer", enums = "limit,market,ceiling_market", description = "Default order type.")
    private String orderType;
    @UriParam(label = "producer", description = "Default order quantity.")
    private BigDecimal quantity;
    @UriParam(label = "producer", description = "Default limit price.")
    private BigDecimal price;
    @UriParam(label = "producer", description = "Default ceiling of a ceiling_market order: the quote amount to "
                                                + "spend on a buy, to receive on a sell.")
    private BigDecimal ceiling;
    @UriParam(label = "producer", description = "Default stop price; makes the order a stop order.")
    private BigDecimal stopPrice;
    @UriParam(label = "producer", enums = "ge,le", description = "Default stop condition.")
    private String stopCondition;
    @UriParam(label = "producer", description = "Default order id for getOrder and cancelOrder.")
    private String orderId;
    @UriParam(label = "producer", description = "Default page for list operations.")
    private Integer page;
    @UriParam(label = "producer", description = "Default page size for list operations (at most 1000).")
    private Integer limit;
    @UriParam(label = "producer", description = "Default lower time bound (epoch ms) for list operations.")
    private Long startDate;
    @UriParam(label = "producer", description = "Default upper time bound (epoch ms) for list operations.")
    private Long endDate;
    @UriParam(label = "producer", description = "orderHistory: leave canceled orders out.")
    private Boolean hideCanceled;
    @UriParam(label = "producer", enums = "deposit,withdraw", description = "transactions: default type filter.")
    private String transactionType;
    @UriParam(label = "producer", description = "orderbook: default depth.")
    private Integer depth;
    @UriParam(label = "producer", description = "orderbook: default level.")
    private Integer level;
    @UriParam(label = "producer", description = "trades: default number of trades.")
    private Integer count;
    @UriParam(label = "producer", description = "candles: default bar length in milliseconds.")
    private Long resolution;
    @UriParam(label = "producer", description = "candles: default first bar (epoch seconds).")
    private Long from;
    @UriParam(label = "producer", description = "candles: default last bar (epoch seconds).")
    private Long to;

    public VccExchangeConfiguration copy() {
        try {
            return (VccExchangeConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Masks the secrets: configurations end up in logs and error messages. */
    @Override
    public String toString() {
        return "VccExchangeConfiguration[userId=" + userId + ", socketUrl=" + socketUrl + ", restUrl=" + restUrl
               + ", apiKey=" + (apiKey == null ? "null" : "xxxxxx") + ", apiSecret="
               + (apiSecret == null ? "null" : "xxxxxx") + "]";
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiSecret() {
        return apiSecret;
    }

    public void setApiSecret(String apiSecret) {
        this.apiSecret = apiSecret;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getCoin() {
        return coin;
    }

    public void setCoin(String coin) {
        this.coin = coin;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getSocketUrl() {
        return socketUrl;
    }

    public void setSocketUrl(String socketUrl) {
        this.socketUrl = socketUrl;
    }

    public int getEngineIoVersion() {
        return engineIoVersion;
    }

    public void setEngineIoVersion(int engineIoVersion) {
        this.engineIoVersion = engineIoVersion;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public int getReconnectMaxAttempts() {
        return reconnectMaxAttempts;
    }

    public void setReconnectMaxAttempts(int reconnectMaxAttempts) {
        this.reconnectMaxAttempts = reconnectMaxAttempts;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public boolean isSubscribeNotice() {
        return subscribeNotice;
    }

    public void setSubscribeNotice(boolean subscribeNotice) {
        this.subscribeNotice = subscribeNotice;
    }

    public String getRestUrl() {
        return restUrl;
    }

    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public boolean isFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getTradeType() {
        return tradeType;
    }

    public void setTradeType(String tradeType) {
        this.tradeType = tradeType;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    public void setCeiling(BigDecimal ceiling) {
        this.ceiling = ceiling;
    }

    public BigDecimal getStopPrice() {
        return stopPrice;
    }

    public void setStopPrice(BigDecimal stopPrice) {
        this.stopPrice = stopPrice;
    }

    public String getStopCondition() {
        return stopCondition;
    }

    public void setStopCondition(String stopCondition) {
        this.stopCondition = stopCondition;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Long getStartDate() {
        return startDate;
    }

    public void setStartDate(Long startDate) {
        this.startDate = startDate;
    }

    public Long getEndDate() {
        return endDate;
    }

    public void setEndDate(Long endDate) {
        this.endDate = endDate;
    }

    public Boolean getHideCanceled() {
        return hideCanceled;
    }

    public void setHideCanceled(Boolean hideCanceled) {
        this.hideCanceled = hideCanceled;
    }

    public String getTransactionType() {
        return transactionType;
    }

    public void setTransactionType(String transactionType) {
        this.transactionType = transactionType;
    }

    public Integer getDepth() {
        return depth;
    }

    public void setDepth(Integer depth) {
        this.depth = depth;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Long getResolution() {
        return resolution;
    }

    public void setResolution(Long resolution) {
        this.resolution = resolution;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }
}
