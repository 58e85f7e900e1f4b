package dev.vccexchange.camel.springboot;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import dev.vccexchange.camel.VccExchangeConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code camel.component.vccexchange.*} keys of application.properties / application.yaml. One field per option of
 * the vccexchange component (see the component's {@code vccexchange.json}); the javadoc of each field is what IDEs show
 * (it becomes {@code META-INF/spring-configuration-metadata.json}). {@link VccExchangeComponentAutoConfiguration} copies
 * every non-null value onto the component through the component's generated property configurer.
 * <p>
 * Durations accept Spring Boot's forms: {@code 1500} (milliseconds), {@code 1500ms}, {@code 2s}, {@code 1m}.
 * <p>
 * <b>Secrets:</b> {@code api-key} and {@code api-secret} are credentials. Keep them out of committed files (use
 * environment variables such as {@code CAMEL_COMPONENT_VCCEXCHANGE_API_SECRET}, a secrets store or a placeholder). The
 * component never prints them ({@code VccExchangeConfiguration.toString()} masks them), and Spring Boot 3's
 * {@code /actuator/configprops} and {@code /actuator/env} show no values unless {@code show-values} is changed.
 */
@ConfigurationProperties(prefix = "camel.component.vccexchange")
public class VccExchangeComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the vccexchange component. This is enabled by default.
     */
    private boolean enabled = true;

    // ---- options every Camel component has ----

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    // ---- component ----

    /**
     * Default options for every endpoint of this component. The option is a dev.vccexchange.camel.VccExchangeConfiguration
     * type; reference a bean with #bean:name. The flattened options below that differ from their default are applied on top of it.
     */
    private VccExchangeConfiguration configuration;
    /**
     * A java.net.http.HttpClient to use for REST calls and WebSockets instead of the one the component builds (then
     * sslContextParameters and proxy options are ignored). The option is a java.net.http.HttpClient type; a single
     * HttpClient bean is autowired, or reference one with #bean:name.
     */
    private HttpClient httpClient;

    // ---- account (consumer and producer) ----

    /**
     * API key. Sent as `Authorization: Bearer` on private REST calls and when subscribing to the private user channel.
     * SECRET: do not commit it; supply it from the environment or a secrets store.
     */
    private String apiKey;
    /**
     * API secret used to sign private REST calls. SECRET: do not commit it; supply it from the environment or a secrets
     * store.
     */
    private String apiSecret;
    /**
     * The account's numeric user id: the private channel is `private-App.User.{userId}`. Required by the balance and
     * orders streams.
     */
    private Long userId;
    /**
     * Base coin of the market, lowercase (e.g. `btc`). Consumer: filters the trades and orderbook streams. Producer:
     * default for the CamelVccExchangeCoin header.
     */
    private String coin;
    /**
     * Quote currency of the market, lowercase (e.g. `usdt`). Consumer: filters the trades and orderbook streams.
     * Producer: default for the CamelVccExchangeCurrency header.
     */
    private String currency;
    /**
     * TLS settings for `wss://` and `https://` connections. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type; reference a bean with #bean:name.
     */
    private SSLContextParameters sslContextParameters;

    // ---- consumer ----

    /**
     * The exchange's socket.io server, `wss://host:port` or `ws://host:port`; the component adds `/socket.io/` and the
     * query.
     */
    private String socketUrl = "wss://socket.vcc.exchange:6001";
    /**
     * Engine.IO protocol: 3 for socket.io 2.x servers such as laravel-echo-server (VCC), 4 for socket.io 3/4 servers.
     */
    private Integer engineIoVersion = 3;
    /**
     * The channel stream: the Laravel Echo channel to subscribe to (e.g. `App.Prices`, `private-App.User.1`). Required
     * for `vccexchange:channel`.
     */
    private String channel;
    /**
     * The channel stream: comma-separated event names to deliver; empty delivers every event on the channel.
     */
    private String events;
    /**
     * First reconnect delay in milliseconds; it doubles on each failed attempt, with ±50% jitter.
     * A bare number is milliseconds; 2s, 1500ms, 1m also work.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration reconnectDelay = Duration.ofMillis(1000);
    /**
     * Longest reconnect delay in milliseconds.
     * A bare number is milliseconds; 2s, 1500ms, 1m also work.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration reconnectMaxDelay = Duration.ofMillis(30000);
    /**
     * How many reconnect attempts in a row before the consumer gives up (its health check then stays DOWN); 0 means
     * never give up.
     */
    private Integer reconnectMaxAttempts = 0;
    /**
     * How long opening the WebSocket and the socket.io handshake may take, in milliseconds.
     * A bare number is milliseconds; 2s, 1500ms, 1m also work.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration connectTimeout = Duration.ofMillis(10000);
    /**
     * Also deliver one exchange each time the account's socket (re)connects and this consumer's channel is subscribed
     * again: header CamelVccExchangeEvent = VccExchangeSubscribed, no body. socket.io replays nothing, so this is when
     * to reconcile what the link missed.
     */
    private Boolean subscribeNotice = false;

    // ---- producer ----

    /**
     * Base URL of the REST v3 API.
     */
    private String restUrl = "https://api.vcc.exchange/v3";
    /**
     * How long one REST call may take, in milliseconds. A placeOrder or cancel that times out has an unknown outcome
     * and is never retried.
     * A bare number is milliseconds; 2s, 1500ms, 1m also work.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration requestTimeout = Duration.ofMillis(30000);
    /**
     * Client-side limit of REST requests per second for this account; 0 means no limit.
     */
    private Double rateLimit = 0d;
    /**
     * How often an idempotent GET is retried after 429 or 503 (honouring Retry-After). Orders and cancels are never
     * retried.
     */
    private Integer maxRetries = 3;
    /**
     * List operations follow every page and return them merged into one.
     */
    private Boolean fetchAllPages = false;
    /**
     * HTTP proxy host for REST calls and the WebSocket.
     */
    private String proxyHost;
    /**
     * HTTP proxy port.
     */
    private Integer proxyPort;
    /**
     * Default order side / side filter.
     */
    private String tradeType;
    /**
     * Default order type.
     */
    private String orderType;
    /**
     * Default order quantity.
     */
    private BigDecimal quantity;
    /**
     * Default limit price.
     */
    private BigDecimal price;
    /**
     * Default ceiling of a ceiling_market order: the quote amount to spend on a buy, to receive on a sell.
     */
    private BigDecimal ceiling;
    /**
     * Default stop price; makes the order a stop order.
     */
    private BigDecimal stopPrice;
    /**
     * Default stop condition.
     */
    private String stopCondition;
    /**
     * Default order id for getOrder and cancelOrder.
     */
    private String orderId;
    /**
     * Default page for list operations.
     */
    private Integer page;
    /**
     * Default page size for list operations (at most 1000).
     */
    private Integer limit;
    /**
     * Default lower time bound (epoch ms) for list operations.
     */
    private Long startDate;
    /**
     * Default upper time bound (epoch ms) for list operations.
     */
    private Long endDate;
    /**
     * orderHistory: leave canceled orders out.
     */
    private Boolean hideCanceled;
    /**
     * transactions: default type filter.
     */
    private String transactionType;
    /**
     * orderbook: default depth.
     */
    private Integer depth;
    /**
     * orderbook: default level.
     */
    private Integer level;
    /**
     * trades: default number of trades.
     */
    private Integer count;
    /**
     * candles: default bar length in milliseconds.
     */
    private Long resolution;
    /**
     * candles: default first bar (epoch seconds).
     */
    private Long from;
    /**
     * candles: default last bar (epoch seconds).
     */
    private Long to;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        super.setEnabled(enabled);
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public VccExchangeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(VccExchangeConfiguration configuration) {
        this.configuration = configuration;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
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

    public Integer getEngineIoVersion() {
        return engineIoVersion;
    }

    public void setEngineIoVersion(Integer engineIoVersion) {
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

    public Duration getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(Duration reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public Duration getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(Duration reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public Integer getReconnectMaxAttempts() {
        return reconnectMaxAttempts;
    }

    public void setReconnectMaxAttempts(Integer reconnectMaxAttempts) {
        this.reconnectMaxAttempts = reconnectMaxAttempts;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Boolean getSubscribeNotice() {
        return subscribeNotice;
    }

    public void setSubscribeNotice(Boolean subscribeNotice) {
        this.subscribeNotice = subscribeNotice;
    }

    public String getRestUrl() {
        return restUrl;
    }

    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Boolean getFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(Boolean fetchAllPages) {
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
