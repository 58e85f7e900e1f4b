package dev.vccexchange.camel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.echo.EchoChannel;
import dev.vccexchange.camel.echo.EchoEvent;
import dev.vccexchange.camel.model.event.BalanceUpdated;
import dev.vccexchange.camel.model.event.OrderBookUpdated;
import dev.vccexchange.camel.model.event.OrderChanged;
import dev.vccexchange.camel.model.event.OrderListUpdated;
import dev.vccexchange.camel.model.event.OrderTransactionCreated;
import dev.vccexchange.camel.model.event.PricesUpdated;
import dev.vccexchange.camel.model.JsonView;

/**
 * The consumer's streams: which channel a {@code vccexchange:<name>} consumer subscribes to, which of the
 * channel's events it delivers and what body each becomes.
 */
public enum VccExchangeStream {

    BALANCE(Kind.USER, Map.of("App\\Events\\BalanceUpdated", BalanceUpdated::from), Filter.NONE),
    ORDERS(Kind.USER, Map.of("App\\Events\\OrderChanged", OrderChanged::from,
                             "App\\Events\\OrderListUpdated", OrderListUpdated::from), Filter.NONE),
    TRADES(Kind.PUBLIC, Map.of("App\\Events\\OrderTransactionCreated", OrderTransactionCreated::from),
           Filter.ORDER_TRANSACTION),
    ORDERBOOK(Kind.PUBLIC, Map.of("App\\Events\\OrderBookUpdated", OrderBookUpdated::from), Filter.TOP_LEVEL),
    PRICES(Kind.PUBLIC, Map.of("App\\Events\\PricesUpdated", PricesUpdated::from), Filter.NONE),
    /** Any channel and events named by the {@code channel} and {@code events} options; the body is untyped. */
    CHANNEL(Kind.CUSTOM, Map.of(), Filter.NONE);

    private enum Kind { USER, PUBLIC, CUSTOM }

    /** Where the market of an event sits in its {@code data}, for the coin/currency filter. */
    private enum Filter { NONE, TOP_LEVEL, ORDER_TRANSACTION }

    private final Kind kind;
    private final Map<String, Function<JsonNode, Object>> bodies;
    private final Filter filter;

    VccExchangeStream(Kind kind, Map<String, Function<JsonNode, Object>> bodies, Filter filter) {
        this.kind = kind;
        this.bodies = bodies;
        this.filter = filter;
    }

    /** True when {@code name} is a stream (so the endpoint is a consumer's), false for producer operations. */
    public static boolean isStream(String name) {
        return name != null && Arrays.stream(values()).anyMatch(s -> s.uriName().equals(name));
    }

    public String uriName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Binds a stream name to an endpoint's options, failing fast on a missing userId or channel. */
    public static Subscription resolve(String name, VccExchangeConfiguration configuration) {
        VccExchangeStream stream = Arrays.stream(values()).filter(s -> s.uriName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown vccexchange stream '" + name
                                                                + "'; use one of balance, orders, trades, orderbook, "
                                                                + "prices, channel"));
        return new Subscription(stream, stream.channelFor(configuration), stream.eventsFor(configuration),
                                lower(configuration.getCoin()), lower(configuration.getCurrency()));
    }

    private EchoChannel channelFor(VccExchangeConfiguration configuration) {
        return switch (kind) {
            case USER -> {
                if (configuration.getUserId() == null) {
                    throw new IllegalArgumentException("vccexchange:" + uriName() + " needs the userId option "
                                                       + "(the private channel is private-App.User.{userId})");
                }
                yield EchoChannel.privateUser(configuration.getUserId());
            }
            case PUBLIC -> new EchoChannel(switch (this) {
                case TRADES -> "App.Orders";
                case ORDERBOOK -> "App.OrderBook";
                default -> "App.Prices";
            });
            case CUSTOM -> {
                if (configuration.getChannel() == null || configuration.getChannel().isBlank()) {
                    throw new IllegalArgumentException("vccexchange:channel needs the channel option");
                }
                yield new EchoChannel(configuration.getChannel().trim());
            }
        };
    }

    private Set<String> eventsFor(VccExchangeConfiguration configuration) {
        if (kind != Kind.CUSTOM) {
            return bodies.keySet();
        }
        String events = configuration.getEvents();
        if (events == null || events.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(events.split(",")).map(String::trim).filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A stream bound to one endpoint's options: the channel, the events wanted (empty = all) and the market filter.
     * Pure, so the consumer's per-event work is a set lookup, an optional filter and one mapping.
     */
    public record Subscription(VccExchangeStream stream, EchoChannel channel, Set<String> events, String coin,
                               String currency) {

        /** Whether this consumer delivers the event; cheap, runs on the socket reader for every frame. */
        public boolean accepts(EchoEvent event) {
            if (!events.isEmpty() && !events.contains(event.event())) {
                return false;
            }
            if (stream.filter == Filter.NONE || (coin == null && currency == null)) {
                return true;
            }
            JsonNode data = event.payload().node().path("data");
            JsonNode market = stream.filter == Filter.ORDER_TRANSACTION ? data.path("orderTransaction") : data;
            return matches(coin, market.path("coin")) && matches(currency, market.path("currency"));
        }

        private static boolean matches(String wanted, JsonNode actual) {
            return wanted == null || wanted.equalsIgnoreCase(actual.asText());
        }

        /**
         * The Exchange body: for named streams a typed, immutable object of the event's {@code data}; for the
         * channel stream the event's last argument as Map / List / scalar.
         */
        public Object body(EchoEvent event) {
            if (stream == CHANNEL) {
                return JsonView.of(event.payload());
            }
            Function<JsonNode, Object> mapper = stream.bodies.get(event.event());
            return mapper.apply(event.payload().node().path("data"));
        }
    }
}
