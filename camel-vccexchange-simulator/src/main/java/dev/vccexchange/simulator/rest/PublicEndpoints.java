package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Json;
import dev.vccexchange.simulator.engine.Market;
import dev.vccexchange.simulator.engine.MarketStats;
import dev.vccexchange.simulator.engine.MatchingEngine;
import dev.vccexchange.simulator.engine.BookLevel;
import dev.vccexchange.simulator.engine.Side;
import dev.vccexchange.simulator.engine.Trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** The public (unauthenticated) v3 endpoints, vcc-api.md §1.3. */
final class PublicEndpoints {

    private static final Set<Long> RESOLUTIONS = Set.of(60_000L, 300_000L, 900_000L, 1_800_000L, 3_600_000L,
            7_200_000L, 14_400_000L, 21_600_000L, 43_200_000L, 86_400_000L, 604_800_000L);
    private static final int MAX_BARS = 100;

    private final MatchingEngine engine;

    PublicEndpoints(MatchingEngine engine) {
        this.engine = engine;
    }

    RestResponse handle(RestRequest r) {
        if (!r.method().equals("GET")) {
            return RestResponse.message(405, "The " + r.method() + " method is not supported for this route.");
        }
        String p = r.path();
        if (p.equals("exchange_info")) {
            return RestResponse.ok(exchangeInfo());
        } else if (p.equals("assets")) {
            return RestResponse.ok(assets());
        } else if (p.equals("ticker")) {
            return RestResponse.ok(ticker());
        } else if (p.equals("summary")) {
            return RestResponse.ok(summary());
        } else if (p.startsWith("trades/")) {
            return RestResponse.ok(trades(pair(p.substring("trades/".length())), r));
        } else if (p.startsWith("orderbook/")) {
            return RestResponse.ok(orderBook(pair(p.substring("orderbook/".length())), r));
        } else if (p.equals("chart/bars")) {
            return RestResponse.json(200, bars(r));
        }
        return RestResponse.message(404, "Not Found");
    }

    private Market pair(String s) {
        Market m = engine.marketByPair(s);
        if (m == null) {
            throw EngineException.validation("coin", "Trading pair is invalid");
        }
        return m;
    }

    private int currencyId(String c) {
        return engine.currencies().indexOf(c) + 1;
    }

    private ObjectNode exchangeInfo() {
        ObjectNode d = Json.object();
        d.put("timezone", "UTC");
        d.put("serverTime", engine.now());
        ArrayNode symbols = d.putArray("symbols");
        for (Market m : engine.markets()) {
            ObjectNode s = symbols.addObject();
            s.put("id", m.id());
            s.put("symbol", m.symbol());
            s.put("coin", m.coin());
            s.put("currency", m.currency());
            s.put("baseId", currencyId(m.coin()));
            s.put("quoteId", currencyId(m.currency()));
            s.put("active", true);
            s.put("base_precision", Json.dec(m.amountStep()));
            s.put("quote_precision", Json.dec(m.priceStep()));
            s.put("minimum_quantity", Json.dec(m.minQuantity()));
            s.put("minimum_amount", Json.dec(m.minAmount()));
            ObjectNode prec = s.putObject("precision");
            prec.put("price", m.pricePrecision());
            prec.put("amount", m.amountPrecision());
            prec.put("cost", m.pricePrecision());
            ObjectNode limits = s.putObject("limits");
            limits.putObject("amount").put("min", Json.dec(m.minQuantity()));
            limits.putObject("price").put("min", Json.dec(m.priceStep()));
            limits.putObject("cost").put("min", Json.dec(m.minAmount()));
        }
        return d;
    }

    private ObjectNode assets() {
        ObjectNode d = Json.object();
        for (String c : engine.currencies()) {
            ObjectNode a = d.putObject(c.toUpperCase(Locale.ROOT));
            a.put("name", switch (c) {
                case "btc" -> "Bitcoin";
                case "eth" -> "Ethereum";
                case "usdt" -> "Tether";
                default -> c.toUpperCase(Locale.ROOT);
            });
            a.put("unified_cryptoasset_id", currencyId(c));
            a.put("can_withdraw", 1);
            a.put("can_deposit", 1);
            a.put("min_withdraw", c.equals("usdt") ? "10" : "0.001");
            a.put("max_withdraw", c.equals("usdt") ? "1000000" : "100");
            a.put("maker_fee", Json.dec(MatchingEngine.FEE_RATE));
            a.put("taker_fee", Json.dec(MatchingEngine.FEE_RATE));
            a.put("decimal", 8);
            a.put("withdrawal_fee", c.equals("usdt") ? "1" : "0.0005");
        }
        return d;
    }

    private ObjectNode ticker() {
        ObjectNode d = Json.object();
        for (Market m : engine.markets()) {
            MarketStats s = engine.stats(m);
            ObjectNode t = d.putObject(m.pair());
            t.put("base_id", currencyId(m.coin()));
            t.put("quote_id", currencyId(m.currency()));
            t.put("last_price", Json.dec(orZero(s.last())));
            t.put("max_price", Json.dec(orZero(s.high())));
            t.put("min_price", Json.dec(orZero(s.low())));
            t.put("open_price", Json.dec(s.open()));
            t.put("base_volume", Json.dec(s.baseVolume()));
            t.put("quote_volume", Json.dec(s.quoteVolume()));
            t.put("isFrozen", 0);
        }
        return d;
    }

    private ObjectNode summary() {
        ObjectNode d = Json.object();
        for (Market m : engine.markets()) {
            MarketStats s = engine.stats(m);
            List<BookLevel> bid = engine.levels(m, Side.BUY, 1);
            List<BookLevel> ask = engine.levels(m, Side.SELL, 1);
            ObjectNode t = d.putObject(m.coin() + "_" + m.currency());
            t.put("last", Json.dec(orZero(s.last())));
            t.put("percentChange", Json.dec(s.open() == null || s.last() == null ? BigDecimal.ZERO
                    : s.last().subtract(s.open()).multiply(BigDecimal.valueOf(100))
                            .divide(s.open(), 2, java.math.RoundingMode.HALF_EVEN)));
            t.put("baseVolume", Json.dec(s.baseVolume()));
            t.put("quoteVolume", Json.dec(s.quoteVolume()));
            t.put("isFrozen", 0);
            t.put("high24hr", Json.dec(orZero(s.high())));
            t.put("low24hr", Json.dec(orZero(s.low())));
            t.put("lowestAsk", ask.isEmpty() ? (String) null : Json.dec(ask.get(0).price()));
            t.put("lowestAskQuantity", ask.isEmpty() ? (String) null : Json.dec(ask.get(0).quantity()));
            t.put("highestBid", bid.isEmpty() ? (String) null : Json.dec(bid.get(0).price()));
            t.put("highestBidQuantity", bid.isEmpty() ? (String) null : Json.dec(bid.get(0).quantity()));
        }
        return d;
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private ArrayNode trades(Market m, RestRequest r) {
        int count = r.intParam("count", 500);
        if (count > 1000) {
            throw EngineException.validation("count", "The count may not be greater than 1000.");
        }
        String type = r.param("type");
        if (type != null && !type.isEmpty() && Side.parse(type) == null) {
            throw EngineException.validation("type", "The selected type is invalid.");
        }
        ArrayNode a = Json.array();
        for (Trade t : engine.trades(m)) {
            if (a.size() >= count) {
                break;
            }
            if (type != null && !type.isEmpty() && !t.takerSide().wire().equals(type)) {
                continue;
            }
            ObjectNode n = a.addObject();
            n.put("trade_id", t.id());
            n.put("price", Json.dec(t.price()));
            n.put("base_volume", Json.dec(t.quantity()));
            n.put("quote_volume", Json.dec(t.amount()));
            n.put("trade_timestamp", t.timestamp());
            n.put("type", t.takerSide().wire());
        }
        return a;
    }

    private ObjectNode orderBook(Market m, RestRequest r) {
        int depth = r.intParam("depth", 0);
        int level = r.intParam("level", 2);
        if (depth < 0) {
            throw EngineException.validation("depth", "The depth must be at least 0.");
        }
        if (level < 1 || level > 3) {
            throw EngineException.validation("level", "The selected level is invalid.");
        }
        ObjectNode d = Json.object();
        d.set("bids", side(m, Side.BUY, level == 1 ? 1 : depth, level == 3));
        d.set("asks", side(m, Side.SELL, level == 1 ? 1 : depth, level == 3));
        d.put("timestamp", String.valueOf(engine.now()));
        return d;
    }

    private ArrayNode side(Market m, Side side, int depth, boolean perOrder) {
        ArrayNode a = Json.array();
        if (perOrder) {
            engine.bookOrders(m, side).stream().limit(depth == 0 ? Long.MAX_VALUE : depth).forEach(o -> {
                ArrayNode row = a.addArray();
                row.add(Json.dec(o.price()));
                row.add(Json.dec(o.quantity().subtract(o.executedQuantity())));
            });
        } else {
            for (BookLevel l : engine.levels(m, side, depth)) {
                ArrayNode row = a.addArray();
                row.add(Json.dec(l.price()));
                row.add(Json.dec(l.quantity()));
            }
        }
        return a;
    }

    /** Bare array (no envelope); {@code from}/{@code to} epoch seconds, {@code resolution} ms. */
    private ArrayNode bars(RestRequest r) {
        Market m = engine.market(r.param("coin"), r.param("currency"));
        if (m == null) {
            throw EngineException.validation("coin", "Trading pair is invalid");
        }
        long resolution;
        try {
            resolution = Long.parseLong(r.params().getOrDefault("resolution", "60000"));
        } catch (NumberFormatException e) {
            resolution = -1;
        }
        if (!RESOLUTIONS.contains(resolution)) {
            throw EngineException.validation("resolution", "The selected resolution is invalid.");
        }
        long nowSec = engine.now() / 1000;
        long to = r.longParam("to", nowSec) * 1000 + 999; // the whole "to" second
        long from = r.longParam("from", nowSec - MAX_BARS * resolution / 1000) * 1000;
        TreeMap<Long, List<Trade>> buckets = new TreeMap<>();
        List<Trade> tape = new ArrayList<>(engine.trades(m));
        java.util.Collections.reverse(tape);
        for (Trade t : tape) {
            if (t.timestamp() >= from && t.timestamp() <= to) {
                buckets.computeIfAbsent(t.timestamp() / resolution * resolution, k -> new ArrayList<>()).add(t);
            }
        }
        while (buckets.size() > MAX_BARS) {
            buckets.pollFirstEntry();
        }
        ArrayNode a = Json.array();
        for (var e : buckets.entrySet()) {
            List<Trade> ts = e.getValue();
            BigDecimal hi = ts.get(0).price(), lo = hi, vol = BigDecimal.ZERO;
            for (Trade t : ts) {
                hi = hi.max(t.price());
                lo = lo.min(t.price());
                vol = vol.add(t.quantity());
            }
            ObjectNode b = a.addObject();
            b.put("low", Json.dec(lo));
            b.put("high", Json.dec(hi));
            b.put("open", Json.dec(ts.get(0).price()));
            b.put("close", Json.dec(ts.get(ts.size() - 1).price()));
            b.put("time", String.valueOf(e.getKey()));
            b.put("volume", Json.dec(vol));
            b.put("opening_time", ts.get(0).timestamp());
            b.put("closing_time", ts.get(ts.size() - 1).timestamp());
        }
        return a;
    }
}
