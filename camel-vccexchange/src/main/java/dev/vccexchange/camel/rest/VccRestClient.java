package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.vccexchange.camel.error.VccApiException;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccUnknownOrderOutcomeException;
import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.Page;
import dev.vccexchange.camel.model.VccJson;
import dev.vccexchange.camel.model.account.Balances;
import dev.vccexchange.camel.model.account.DepositAddress;
import dev.vccexchange.camel.model.account.Transaction;
import dev.vccexchange.camel.model.account.TransactionQuery;
import dev.vccexchange.camel.model.account.User;
import dev.vccexchange.camel.model.market.Asset;
import dev.vccexchange.camel.model.market.Candle;
import dev.vccexchange.camel.model.market.ExchangeInfo;
import dev.vccexchange.camel.model.market.OrderBook;
import dev.vccexchange.camel.model.market.PublicTrade;
import dev.vccexchange.camel.model.market.Ticker;
import dev.vccexchange.camel.model.trade.MyTrade;
import dev.vccexchange.camel.model.trade.Order;
import dev.vccexchange.camel.model.trade.OrderQuery;
import dev.vccexchange.camel.model.trade.OrderRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Signed REST v3 client for ONE account: one method per endpoint, returning model types. Thread-safe; share it.
 *
 * <p><b>Failure rules (money):</b> GETs are retried per {@link RetryPolicy}. Order-changing calls
 * ({@link #placeOrder}, {@link #cancelOrder}, {@link #cancelAllOrders}, {@link #cancelOrdersByType}) are sent
 * EXACTLY ONCE: a definite 4xx rejection is thrown as its typed exception; anything else (5xx, timeout, broken
 * connection, interrupt while waiting, an unreadable 2xx) is a {@link VccUnknownOrderOutcomeException}, because the
 * exchange may have executed it. (The JDK {@code HttpClient} itself never re-sends POST/PUT unless the system
 * property {@code jdk.httpclient.enableAllMethodRetry} is set; do not set it.)
 *
 * <p>Orders are checked locally by {@link OrderValidator} first; precision and minimums come from
 * {@code exchange_info}, cached here and dropped when any response's {@code dataVersion} differs from the cached
 * one.
 */
public final class VccRestClient {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern ASSET_ID = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern TYPE = Pattern.compile("[a-z_]{1,32}");
    /** Safety stop for fetchAllPages: a server that never ends its pages must not loop forever. */
    static final int MAX_PAGES = 1000;

    private final HttpClient http;
    private final RestOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final Redactor redactor;
    private final ResponseMapper mapper;
    private final String signedPrefix;

    /** Last {@code dataVersion} seen in any envelope; written by calling threads. */
    private volatile String lastDataVersion;
    /** Cached exchange_info with the dataVersion it came with; null = fetch on next order. */
    private volatile CachedInfo exchangeInfoCache;

    private record CachedInfo(ExchangeInfo info, String version) {
    }

    private record Req(String operation, String method, String path, QueryString params, boolean signed) {
    }

    public VccRestClient(HttpClient http, RestOptions options) {
        this(http, options, Clock.systemUTC());
    }

    /** @param clock source of the {@code timestamp} header (epoch ms) and of "now" for {@code Retry-After} dates */
    public VccRestClient(HttpClient http, RestOptions options, Clock clock) {
        this(http, options, clock, Sleeper.SYSTEM, System::nanoTime);
    }

    /** For testing: injectable waits (retry back-off and rate limiter) and monotonic time. */
    VccRestClient(HttpClient http, RestOptions options, Clock clock, Sleeper sleeper, LongSupplier nanoTime) {
        this.http = Objects.requireNonNull(http, "http");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.rateLimiter = new RateLimiter(options.rateLimit(), nanoTime, sleeper);
        this.retryPolicy = RetryPolicy.of(options.maxRetries());
        this.redactor = new Redactor(options.apiKey(), options.apiSecret());
        this.mapper = new ResponseMapper(redactor);
        this.signedPrefix = options.signedPathPrefix();
    }

    public RestOptions options() {
        return options;
    }

    /** The last {@code dataVersion} any response carried, or null. */
    public String lastDataVersion() {
        return lastDataVersion;
    }

    /** Drops the cached exchange_info; the next order fetches it again. */
    public void invalidateExchangeInfo() {
        exchangeInfoCache = null;
    }

    // ---------------------------------------------------------------- trading (never retried)

    /** {@code POST orders}. Validated locally first (no request on failure). Never retried. */
    public Order placeOrder(OrderRequest request) {
        Map<String, List<String>> errors = OrderValidator.checkFields(request);
        if (!errors.isEmpty()) {
            throw VccValidationException.local("placeOrder", errors);
        }
        errors = OrderValidator.checkMarket(request, cachedExchangeInfo());
        if (!errors.isEmpty()) {
            throw VccValidationException.local("placeOrder", errors);
        }
        Req req = new Req("placeOrder", "POST", "orders", orderParams(request), true);
        VccResponse resp = sendOnce(req, request, null);
        Order order = null;
        if (resp.data().isObject()) {
            try {
                order = VccJson.mapper().treeToValue(resp.data(), Order.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new VccUnknownOrderOutcomeException("placeOrder", 200,
                        "success status but the order in the answer is unreadable", request, null, e);
            }
        }
        if (order == null || order.id() == null) {
            throw new VccUnknownOrderOutcomeException("placeOrder", 200,
                    "success status but the answer carries no order id", request, null, null);
        }
        return order;
    }

    /**
     * {@code PUT orders/{id}/cancel}. Never retried. VCC's answer shape is undocumented: the canceled order when
     * {@code data} is an order object, else empty (the cancel was still accepted).
     */
    public Optional<Order> cancelOrder(String orderId) {
        requireLocal("cancelOrder", "id", orderId, ORDER_ID, "The order id must be 1-64 letters, digits, _ or -.");
        VccResponse resp = sendOnce(new Req("cancelOrder", "PUT", "orders/" + orderId + "/cancel",
                QueryString.empty(), true), null, orderId);
        if (!resp.data().isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(VccJson.mapper().treeToValue(resp.data(), Order.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code PUT orders/cancel-all}: the canceled orders. Never retried. */
    public List<Order> cancelAllOrders() {
        return orderList(sendOnce(new Req("cancelAllOrders", "PUT", "orders/cancel-all", QueryString.empty(), true),
                null, null));
    }

    /** {@code PUT orders/cancel-by-type} with {@code type} (e.g. {@code limit}, {@code market}). Never retried. */
    public List<Order> cancelOrdersByType(String type) {
        String t = type == null ? null : type.trim().toLowerCase(Locale.ROOT);
        requireLocal("cancelOrdersByType", "type", t, TYPE, "The type must be an order type such as limit.");
        return orderList(sendOnce(new Req("cancelOrdersByType", "PUT", "orders/cancel-by-type",
                QueryString.empty().add("type", t), true), null, null));
    }

    // ---------------------------------------------------------------- private reads (retried)

    /** {@code GET orders/{id}}; an unknown id gives {@code VccNotFoundException}. */
    public Order getOrder(String orderId) {
        requireLocal("getOrder", "id", orderId, ORDER_ID, "The order id must be 1-64 letters, digits, _ or -.");
        return convert("getOrder", get("getOrder", "orders/" + orderId, QueryString.empty(), true).data(),
                type(Order.class));
    }

    /** {@code GET orders/open}. */
    public Page<Order> openOrders(OrderQuery query) {
        OrderQuery q = query == null ? OrderQuery.all() : query;
        return paged("openOrders", "orders/open", q.page(), p -> orderQuery(q.withPage(p), false), Order.class);
    }

    /** {@code GET orders} (history, "closed orders"). */
    public Page<Order> orderHistory(OrderQuery query) {
        OrderQuery q = query == null ? OrderQuery.all() : query;
        return paged("orderHistory", "orders", q.page(), p -> orderQuery(q.withPage(p), true), Order.class);
    }

    /** {@code GET orders/trades}: the account's fills. */
    public Page<MyTrade> myTrades(OrderQuery query) {
        OrderQuery q = query == null ? OrderQuery.all() : query;
        return paged("myTrades", "orders/trades", q.page(), p -> orderQuery(q.withPage(p), false), MyTrade.class);
    }

    /** {@code GET balance}. */
    public Balances balance() {
        return convert("balance", get("balance", "balance", QueryString.empty(), true).data(), type(Balances.class));
    }

    /** {@code GET user} (shape undocumented; raw JSON kept). */
    public User user() {
        return convert("user", get("user", "user", QueryString.empty(), true).data(), type(User.class));
    }

    /** {@code GET deposit-address?currency=}. */
    public DepositAddress depositAddress(String currency) {
        String c = asset("depositAddress", "currency", currency).toLowerCase(Locale.ROOT);
        return convert("depositAddress",
                get("depositAddress", "deposit-address", QueryString.empty().add("currency", c), true).data(),
                type(DepositAddress.class));
    }

    /** {@code GET transactions}: deposits and withdrawals. */
    public Page<Transaction> transactions(TransactionQuery query) {
        TransactionQuery q = query == null ? TransactionQuery.all() : query;
        return paged("transactions", "transactions", q.page(), p -> {
            TransactionQuery t = q.withPage(p);
            return QueryString.empty().add("type", t.type()).add("currency", lower(t.currency()))
                    .add("limit", t.limit()).add("start", t.start()).add("end", t.end()).add("page", t.page());
        }, Transaction.class);
    }

    // ---------------------------------------------------------------- public (unsigned, retried)

    /** {@code GET exchange_info}; also refreshes the cache used by order validation. */
    public ExchangeInfo exchangeInfo() {
        VccResponse resp = get("exchangeInfo", "exchange_info", QueryString.empty(), false);
        ExchangeInfo info = convert("exchangeInfo", resp.data(), type(ExchangeInfo.class));
        exchangeInfoCache = new CachedInfo(info, resp.dataVersion());
        return info;
    }

    /** {@code GET assets}: upper-case code (e.g. {@code BTC}) → asset. */
    public Map<String, Asset> assets() {
        return convert("assets", get("assets", "assets", QueryString.empty(), false).data(),
                TypeFactory.defaultInstance().constructMapType(java.util.LinkedHashMap.class, String.class,
                        Asset.class));
    }

    /** {@code GET ticker}: pair key (e.g. {@code BTC_USDT}) → ticker. */
    public Map<String, Ticker> ticker() {
        return convert("ticker", get("ticker", "ticker", QueryString.empty(), false).data(),
                TypeFactory.defaultInstance().constructMapType(java.util.LinkedHashMap.class, String.class,
                        Ticker.class));
    }

    /**
     * {@code GET orderbook/{COIN_CURRENCY}}.
     *
     * @param depth 0 (full), 5, 10, 20, 50, 100, 500, or null for the server default
     * @param level 1 (best), 2 (aggregated), 3 (every order), or null
     */
    public OrderBook orderbook(String coin, String currency, Integer depth, Integer level) {
        return convert("orderbook", get("orderbook", "orderbook/" + pair("orderbook", coin, currency),
                QueryString.empty().add("depth", depth).add("level", level), false).data(), type(OrderBook.class));
    }

    /** {@code GET trades/{COIN_CURRENCY}}; {@code count} ≤ 1000, {@code type} {@code buy|sell} filter or null. */
    public List<PublicTrade> trades(String coin, String currency, Integer count, String type) {
        return convert("trades", get("trades", "trades/" + pair("trades", coin, currency),
                QueryString.empty().add("count", count).add("type", lower(type)), false).data(),
                TypeFactory.defaultInstance().constructCollectionType(List.class, PublicTrade.class));
    }

    /**
     * {@code GET chart/bars} (a bare array, max 100 bars per call).
     *
     * @param resolutionMs bar size in ms, e.g. 60000
     * @param fromSec      start, epoch SECONDS
     * @param toSec        end, epoch SECONDS
     */
    public List<Candle> candles(String coin, String currency, long resolutionMs, long fromSec, long toSec) {
        String c = asset("candles", "coin", coin).toLowerCase(Locale.ROOT);
        String q = asset("candles", "currency", currency).toLowerCase(Locale.ROOT);
        return convert("candles", get("candles", "chart/bars", QueryString.empty().add("coin", c)
                .add("currency", q).add("resolution", resolutionMs).add("from", fromSec).add("to", toSec), false)
                .data(), TypeFactory.defaultInstance().constructCollectionType(List.class, Candle.class));
    }

    // ---------------------------------------------------------------- plumbing

    private ExchangeInfo cachedExchangeInfo() {
        CachedInfo c = exchangeInfoCache;
        return c != null ? c.info() : exchangeInfo();
    }

    private static QueryString orderParams(OrderRequest r) {
        QueryString q = QueryString.empty().add("coin", r.coin()).add("currency", r.currency())
                .add("trade_type", r.tradeType()).add("type", r.type());
        q = OrderRequest.CEILING_MARKET.equals(r.type()) ? q.add("ceiling", r.ceiling())
                : q.add("quantity", r.quantity());
        q = q.add("price", r.price());
        if (r.isStop()) {
            q = q.add("is_stop", 1).add("stop_condition", r.stopCondition()).add("stop_price", r.stopPrice());
        }
        return q;
    }

    private static QueryString orderQuery(OrderQuery q, boolean history) {
        QueryString s = QueryString.empty().add("page", q.page()).add("limit", q.limit())
                .add("start_date", q.startDate()).add("end_date", q.endDate()).add("coin", lower(q.coin()))
                .add("currency", lower(q.currency())).add("trade_type", lower(q.tradeType()));
        return history && Boolean.TRUE.equals(q.hideCanceled()) ? s.add("hide_canceled", 1) : s;
    }

    private <T> Page<T> paged(String op, String path, Integer startPage, Function<Integer, QueryString> paramsForPage,
            Class<T> itemType) {
        JavaType pageType = TypeFactory.defaultInstance().constructParametricType(Page.class, itemType);
        int page = startPage == null ? 1 : startPage;
        Page<T> first = readPage(op, get(op, path, paramsForPage.apply(startPage), true).data(),
                pageType, itemType);
        if (!options.fetchAllPages() || !first.hasNext()) {
            return first;
        }
        List<T> all = new ArrayList<>(first.data());
        Page<T> current = first;
        int fetched = 1;
        while (current.hasNext() && fetched < MAX_PAGES) {
            int next = (current.currentPage() == null ? page : current.currentPage()) + 1;
            if (next <= page) {
                break; // the server is not advancing: stop rather than loop
            }
            page = next;
            current = readPage(op, get(op, path, paramsForPage.apply(page), true).data(), pageType, itemType);
            all.addAll(current.data());
            fetched++;
        }
        // currentPage/lastPage/nextPageUrl of the LAST page fetched: hasNext() stays true only if MAX_PAGES cut it short
        return new Page<>(current.currentPage(), current.lastPage(), first.perPage(), first.total(),
                current.nextPageUrl(), all);
    }

    private <T> Page<T> readPage(String op, JsonNode data, JavaType pageType, Class<T> itemType) {
        if (data.isArray()) { // not a paginator: one page holding everything
            List<T> items = convert(op, data,
                    TypeFactory.defaultInstance().constructCollectionType(List.class, itemType));
            return new Page<>(1, 1, items.size(), (long) items.size(), null, items);
        }
        return convert(op, data, pageType);
    }

    private List<Order> orderList(VccResponse resp) {
        JsonNode d = resp.data();
        JsonNode list = d.isObject() ? d.get("data") : d;
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<Order> out = new ArrayList<>();
        for (JsonNode n : list) {
            try {
                Order o = VccJson.mapper().treeToValue(n, Order.class);
                if (o != null) {
                    out.add(o);
                }
            } catch (IOException | IllegalArgumentException e) {
                // the cancel was accepted; an unreadable entry is left out, not turned into a failure
            }
        }
        return List.copyOf(out);
    }

    private <T> T convert(String op, JsonNode data, JavaType type) {
        try {
            T value = VccJson.mapper().treeToValue(data, type);
            if (value == null) {
                throw new VccUnexpectedResponseException(op, 200, "the answer carried no data", null);
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new VccUnexpectedResponseException(op, 200, "unexpected JSON shape for "
                    + type.getRawClass().getSimpleName() + ": " + redactor.apply(String.valueOf(e.getMessage()))
                    .lines().findFirst().orElse(""), e);
        }
    }

    private static JavaType type(Class<?> c) {
        return TypeFactory.defaultInstance().constructType(c);
    }

    /** An idempotent GET, retried per the policy. */
    private VccResponse get(String op, String path, QueryString params, boolean signed) {
        Req req = new Req(op, "GET", path, params, signed);
        HttpRequest httpRequest = build(req);
        int failures = 0;
        while (true) {
            Exception failure;
            try {
                rateLimiter.acquire();
                return map(req, http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (VccApiException | IOException | UncheckedIOException e) {
                failure = e instanceof UncheckedIOException u ? u.getCause() : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VccExchangeException(op + " interrupted", e);
            }
            failures++;
            Optional<Duration> delay = retryPolicy.nextDelay(failures, failure);
            if (delay.isEmpty()) {
                throw failure instanceof VccApiException api ? api : ioFailure(op, failure);
            }
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VccExchangeException(op + " interrupted while waiting to retry", e);
            }
            if (signed) {
                httpRequest = build(req); // fresh timestamp
            }
        }
    }

    /** An order-changing call: sent exactly once; an undecided outcome becomes VccUnknownOrderOutcomeException. */
    private VccResponse sendOnce(Req req, OrderRequest order, String orderId) {
        HttpRequest httpRequest = build(req);
        try {
            rateLimiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VccExchangeException(req.operation() + " interrupted before sending; nothing was sent", e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new VccUnknownOrderOutcomeException(req.operation(), 0, describe(e), order, orderId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VccUnknownOrderOutcomeException(req.operation(), 0, "interrupted while waiting for the answer",
                    order, orderId, e);
        }
        try {
            return map(req, response);
        } catch (VccApiException e) {
            if (isDefiniteRejection(e.httpStatus())) {
                throw e;
            }
            String what = e instanceof VccUnexpectedResponseException || e.serverMessage() == null
                    ? e.getMessage() : e.serverMessage();
            throw new VccUnknownOrderOutcomeException(req.operation(), e.httpStatus(), what, order, orderId, e);
        }
    }

    /** A 4xx (except 408) means the exchange refused the request: nothing was executed. */
    static boolean isDefiniteRejection(int status) {
        return status >= 400 && status < 500 && status != 408;
    }

    private VccResponse map(Req req, HttpResponse<String> response) {
        VccResponse r = mapper.map(req.operation(), response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After").orElse(null), clock.instant());
        noteDataVersion(r.dataVersion());
        return r;
    }

    private void noteDataVersion(String version) {
        if (version == null) {
            return;
        }
        lastDataVersion = version;
        CachedInfo c = exchangeInfoCache;
        if (c != null) {
            if (c.version() == null) {
                exchangeInfoCache = new CachedInfo(c.info(), version);
            } else if (!c.version().equals(version)) {
                exchangeInfoCache = null; // settings (precision, fees…) changed: refetch before the next order
            }
        }
    }

    private HttpRequest build(Req req) {
        if (req.signed() && !options.hasCredentials()) {
            throw new VccAuthenticationException(req.operation(), 0, "no API key and secret configured", Map.of());
        }
        String rel = req.path() + (req.params().isEmpty() ? "" : "?" + req.params().encoded());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(options.baseUrl() + "/" + rel))
                .timeout(options.requestTimeout())
                .header("Accept", "application/json");
        if (req.signed()) {
            b.header("Authorization", "Bearer " + options.apiKey())
                    .header("timestamp", Long.toString(clock.millis()))
                    .header("signature", RequestSigner.sign(options.apiSecret(), req.method(), signedPrefix + rel))
                    .header("Content-Type", "application/json");
        }
        switch (req.method()) {
            case "GET" -> b.GET();
            case "POST" -> b.POST(HttpRequest.BodyPublishers.ofString(req.params().toJson(), StandardCharsets.UTF_8));
            case "PUT" -> b.PUT(HttpRequest.BodyPublishers.ofString(req.params().toJson(), StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unsupported method " + req.method());
        }
        return b.build();
    }

    private VccExchangeException ioFailure(String op, Exception e) {
        return new VccExchangeException(op + " failed: " + describe(e), e);
    }

    private String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + redactor.apply(m));
    }

    private static void requireLocal(String op, String field, String value, Pattern pattern, String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw VccValidationException.local(op, Map.of(field, List.of(message)));
        }
    }

    private static String asset(String op, String field, String value) {
        requireLocal(op, field, value, ASSET_ID, "The " + field + " must be 1-20 letters or digits.");
        return value;
    }

    private static String pair(String op, String coin, String currency) {
        return asset(op, "coin", coin).toUpperCase(Locale.ROOT) + "_"
                + asset(op, "currency", currency).toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "VccRestClient[" + options + "]";
    }
}
