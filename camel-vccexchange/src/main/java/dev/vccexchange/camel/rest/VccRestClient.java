package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
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
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
    /** Reads an order answer in one pass (EnvelopeDecoder); built once, it is immutable and thread-safe. */
    private static final ObjectReader ORDER = VccJson.mapper().readerFor(Order.class);
    /** One reader per result type of the GETs, built on first use (a handful of types). */
    private static final ConcurrentMap<JavaType, ObjectReader> READERS = new ConcurrentHashMap<>();
    /** Safety stop for fetchAllPages: a server that never ends its pages must not loop forever. */
    static final int MAX_PAGES = 1000;

    private final RestOptions options;
    private final RestTransport transport;

    /** Last {@code dataVersion} seen in any envelope; written by calling threads. */
    private volatile String lastDataVersion;
    /** Cached exchange_info with the dataVersion it came with; null = fetch on next order. */
    private volatile CachedInfo exchangeInfoCache;

    private record CachedInfo(ExchangeInfo info, String version) {
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
        this.options = Objects.requireNonNull(options, "options");
        this.transport = new RestTransport(Objects.requireNonNull(http, "http"), options,
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"),
                Objects.requireNonNull(nanoTime, "nanoTime"), this::noteDataVersion);
    }

    public RestOptions options() {
        return options;
    }

    /** The last {@code dataVersion} any response carried, or null. */
    public String lastDataVersion() {
        return lastDataVersion;
    }

    // ---------------------------------------------------------------- trading (never retried)

    /** {@code POST orders}. Validated locally first (no request on failure). Never retried. */
    public Order placeOrder(OrderRequest request) {
        Map<String, List<String>> errors = OrderValidator.checkFields(request);
        if (!errors.isEmpty()) {
            throw VccValidationException.local("placeOrder", errors);
        }
        ExchangeInfo info = cachedExchangeInfo();
        if (info.symbol(request.coin(), request.currency()).isEmpty()) {
            info = exchangeInfo(); // a pair listed since the cache was filled must not be refused
        }
        errors = OrderValidator.checkMarket(request, info);
        if (!errors.isEmpty()) {
            throw VccValidationException.local("placeOrder", errors);
        }
        VccResponse resp = transport.sendOnce("placeOrder", "POST", "orders", orderParams(request), request, null,
                ORDER);
        Order order = resp.decoded() instanceof Order decoded ? decoded : null;
        if (order == null && resp.data().isObject()) {
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
        VccResponse resp = transport.sendOnce("cancelOrder", "PUT", "orders/" + orderId + "/cancel",
                QueryString.empty(), null, orderId, ORDER);
        if (resp.decoded() instanceof Order decoded) {
            return Optional.of(decoded);
        }
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
        return orderList(transport.sendOnce("cancelAllOrders", "PUT", "orders/cancel-all", QueryString.empty(),
                null, null, null));
    }

    /** {@code PUT orders/cancel-by-type} with {@code type} (e.g. {@code limit}, {@code market}). Never retried. */
    public List<Order> cancelOrdersByType(String type) {
        String t = type == null ? null : type.trim().toLowerCase(Locale.ROOT);
        requireLocal("cancelOrdersByType", "type", t, TYPE, "The type must be an order type such as limit.");
        return orderList(transport.sendOnce("cancelOrdersByType", "PUT", "orders/cancel-by-type",
                QueryString.empty().add("type", t), null, null, null));
    }

    // ---------------------------------------------------------------- private reads (retried)

    /** {@code GET orders/{id}}; an unknown id gives {@code VccNotFoundException}. */
    public Order getOrder(String orderId) {
        requireLocal("getOrder", "id", orderId, ORDER_ID, "The order id must be 1-64 letters, digits, _ or -.");
        return fetch("getOrder", "orders/" + orderId, QueryString.empty(), true, type(Order.class));
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
        return fetch("balance", "balance", QueryString.empty(), true, type(Balances.class));
    }

    /** {@code GET user} (shape undocumented; raw JSON kept). */
    public User user() {
        return fetch("user", "user", QueryString.empty(), true, type(User.class));
    }

    /** {@code GET deposit-address?currency=}. */
    public DepositAddress depositAddress(String currency) {
        String c = asset("depositAddress", "currency", currency).toLowerCase(Locale.ROOT);
        return fetch("depositAddress", "deposit-address", QueryString.empty().add("currency", c), true,
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
        JavaType type = type(ExchangeInfo.class);
        VccResponse resp = transport.get("exchangeInfo", "exchange_info", QueryString.empty(), false, reader(type));
        ExchangeInfo info = read("exchangeInfo", resp, type);
        exchangeInfoCache = new CachedInfo(info, resp.dataVersion());
        return info;
    }

    /** {@code GET assets}: upper-case code (e.g. {@code BTC}) → asset. */
    public Map<String, Asset> assets() {
        return fetch("assets", "assets", QueryString.empty(), false,
                TypeFactory.defaultInstance().constructMapType(java.util.LinkedHashMap.class, String.class,
                        Asset.class));
    }

    /** {@code GET ticker}: pair key (e.g. {@code BTC_USDT}) → ticker. */
    public Map<String, Ticker> ticker() {
        return fetch("ticker", "ticker", QueryString.empty(), false,
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
        return fetch("orderbook", "orderbook/" + pair("orderbook", coin, currency),
                QueryString.empty().add("depth", depth).add("level", level), false, type(OrderBook.class));
    }

    /** {@code GET trades/{COIN_CURRENCY}}; {@code count} ≤ 1000, {@code type} {@code buy|sell} filter or null. */
    public List<PublicTrade> trades(String coin, String currency, Integer count, String type) {
        return fetch("trades", "trades/" + pair("trades", coin, currency),
                QueryString.empty().add("count", count).add("type", lower(type)), false,
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
        // A bare array, not an envelope: the one-pass read steps aside and the tree is read.
        return fetch("candles", "chart/bars", QueryString.empty().add("coin", c).add("currency", q)
                .add("resolution", resolutionMs).add("from", fromSec).add("to", toSec), false,
                TypeFactory.defaultInstance().constructCollectionType(List.class, Candle.class));
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
        ObjectReader pageReader = reader(pageType);
        Page<T> first = readPage(op, transport.get(op, path, paramsForPage.apply(startPage), true, pageReader),
                pageType, itemType);
        if (!options.fetchAllPages() || !first.hasNext()) {
            return first;
        }
        List<T> all = new ArrayList<>(first.data());
        Page<T> current = first;
        int fetched = 1;
        while (current.hasNext() && fetched < MAX_PAGES) {
            int next = page + 1;
            Page<T> p = readPage(op, transport.get(op, path, paramsForPage.apply(next), true, pageReader), pageType,
                    itemType);
            fetched++;
            if (p.currentPage() != null && p.currentPage() != next) {
                break; // the server ignored the page parameter: stop rather than duplicate or loop
            }
            page = next;
            current = p;
            all.addAll(p.data());
        }
        // currentPage/lastPage/nextPageUrl of the LAST page fetched: hasNext() stays true only if MAX_PAGES cut it short
        return new Page<>(current.currentPage(), current.lastPage(), first.perPage(), first.total(),
                current.nextPageUrl(), all);
    }

    private <T> Page<T> readPage(String op, VccResponse resp, JavaType pageType, Class<T> itemType) {
        if (resp.decoded() != null) {
            return read(op, resp, pageType);
        }
        JsonNode data = resp.data();
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

    /** A GET whose data is read as {@code type}: in one pass when the answer allows it, else from the tree. */
    private <T> T fetch(String op, String path, QueryString params, boolean signed, JavaType type) {
        return read(op, transport.get(op, path, params, signed, reader(type)), type);
    }

    /** The answer's data as {@code type}, which is what {@code decoded} holds when set (read by reader(type)). */
    @SuppressWarnings("unchecked")
    private <T> T read(String op, VccResponse resp, JavaType type) {
        return resp.decoded() != null ? (T) resp.decoded() : convert(op, resp.data(), type);
    }

    private static ObjectReader reader(JavaType type) {
        return READERS.computeIfAbsent(type, VccJson.mapper()::readerFor);
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
                    + type.getRawClass().getSimpleName() + ": " + transport.redact(String.valueOf(e.getMessage()))
                    .lines().findFirst().orElse(""), e);
        }
    }

    private static JavaType type(Class<?> c) {
        return TypeFactory.defaultInstance().constructType(c);
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
