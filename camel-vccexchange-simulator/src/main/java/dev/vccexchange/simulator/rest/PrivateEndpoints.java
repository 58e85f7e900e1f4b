package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.simulator.engine.Deposit;
import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Json;
import dev.vccexchange.simulator.engine.MatchingEngine;
import dev.vccexchange.simulator.engine.OrderStatus;
import dev.vccexchange.simulator.engine.OrderView;
import dev.vccexchange.simulator.engine.Side;
import dev.vccexchange.simulator.engine.Trade;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The private v3 endpoints, vcc-api.md §1.4. Choices where VCC is not documented: {@code PUT orders/{id}/cancel}
 * answers the order object; {@code GET orders} (history) lists closed orders (executed, canceled);
 * {@code hide_canceled=1} drops canceled ones.
 */
final class PrivateEndpoints {

    private final MatchingEngine engine;
    private final String baseUrl;

    PrivateEndpoints(MatchingEngine engine, String baseUrl) {
        this.engine = engine;
        this.baseUrl = baseUrl;
    }

    RestResponse handle(RestRequest r) {
        String m = r.method();
        String p = r.path();
        long user = r.userId();
        if (m.equals("GET")) {
            switch (p) {
                case "user":
                    return RestResponse.ok(user(user));
                case "balance":
                    return RestResponse.ok(Json.balances(engine.balances(user)));
                case "orders/open":
                    return RestResponse.ok(orders(r, engine.openOrders(user), o -> true));
                case "orders":
                    boolean hide = "1".equals(r.param("hide_canceled")) || "true".equals(r.param("hide_canceled"));
                    return RestResponse.ok(orders(r, engine.orders(user),
                            o -> !o.status().isOpen() && !(hide && o.status() == OrderStatus.CANCELED)));
                case "orders/trades":
                    return RestResponse.ok(myTrades(r));
                case "deposit-address":
                    return RestResponse.ok(depositAddress(r));
                case "transactions":
                    return RestResponse.ok(transactions(r));
                default:
                    if (p.startsWith("orders/")) {
                        return RestResponse.ok(Json.order(engine.order(user, orderId(p.substring(7)))));
                    }
            }
        } else if (m.equals("POST") && p.equals("orders")) {
            return RestResponse.ok(Json.order(engine.place(user, r.params())));
        } else if (m.equals("PUT")) {
            if (p.equals("orders/cancel-all")) {
                return RestResponse.ok(canceled(engine.cancelAll(user)));
            } else if (p.equals("orders/cancel-by-type")) {
                return RestResponse.ok(canceled(engine.cancelByType(user, r.param("type"))));
            } else if (p.startsWith("orders/") && p.endsWith("/cancel")) {
                return RestResponse.ok(Json.order(engine.cancel(user, orderId(p.substring(7, p.length() - 7)))));
            }
        }
        return RestResponse.message(404, "Not Found");
    }

    private static long orderId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw EngineException.notFound();
        }
    }

    private static ObjectNode user(long user) {
        ObjectNode n = Json.object();
        n.put("id", user);
        n.put("email", "user" + user + "@simulator.vcc.exchange");
        n.put("name", "Simulator user " + user);
        n.put("security_level", 2);
        return n;
    }

    private ObjectNode canceled(List<OrderView> orders) {
        ObjectNode n = Json.object();
        var arr = n.putArray("data");
        orders.forEach(o -> arr.add(Json.order(o)));
        return n;
    }

    private ObjectNode orders(RestRequest r, List<OrderView> all, Predicate<OrderView> keep) {
        HistoryFilter filter = HistoryFilter.parse(r);
        List<ObjectNode> items = new ArrayList<>();
        for (OrderView o : all) {
            if (keep.test(o) && filter.matches(o.coin(), o.currency(), o.side(), o.createdAt())) {
                items.add(Json.order(o));
            }
        }
        return Paginator.page(items, filter.page(), baseUrl + "/" + r.path());
    }

    private ObjectNode myTrades(RestRequest r) {
        HistoryFilter filter = HistoryFilter.parse(r);
        List<ObjectNode> items = new ArrayList<>();
        for (Trade t : engine.userTrades(r.userId())) {
            Side mine = t.buyerId() == r.userId() ? Side.BUY : Side.SELL;
            if (!filter.matches(t.market().coin(), t.market().currency(), mine, t.timestamp())) {
                continue;
            }
            ObjectNode n = Json.object();
            n.put("trade_type", mine.wire());
            n.put("fee", Json.dec(mine == Side.BUY ? t.buyFee() : t.sellFee()));
            n.put("id", t.id());
            n.put("created_at", t.timestamp());
            n.put("currency", t.market().currency());
            n.put("coin", t.market().coin());
            n.put("price", Json.dec(t.price()));
            n.put("quantity", Json.dec(t.quantity()));
            n.put("amount", Json.dec(t.amount()));
            items.add(n);
        }
        return Paginator.page(items, filter.page(), baseUrl + "/" + r.path());
    }

    private ObjectNode depositAddress(RestRequest r) {
        String c = r.param("currency");
        if (c == null || c.isEmpty()) {
            throw EngineException.validation("currency", "The currency field is required.");
        }
        if (!engine.currencies().contains(c)) {
            throw EngineException.validation("currency", "The selected currency is invalid.");
        }
        String seed = SignatureVerifier.sign("deposit", r.userId() + ":" + c);
        ObjectNode n = Json.object();
        n.put("status", "PROVISIONED");
        n.put("blockchain_address", c.equals("btc") ? "bc1q" + seed.substring(0, 38) : "0x" + seed.substring(0, 40));
        n.putNull("blockchain_tag");
        n.put("currency", c);
        return n;
    }

    private ObjectNode transactions(RestRequest r) {
        Paginator.Page page = Paginator.parse(r);
        String type = r.param("type");
        if (type != null && !type.isEmpty() && !type.equals("deposit") && !type.equals("withdraw")) {
            throw EngineException.validation("type", "The selected type is invalid.");
        }
        String currency = r.param("currency");
        List<ObjectNode> items = new ArrayList<>();
        if (!"withdraw".equals(type)) {
            for (Deposit d : engine.deposits(r.userId())) {
                if (currency != null && !currency.equals(d.currency())) {
                    continue;
                }
                ObjectNode n = Json.object();
                n.put("id", d.id());
                n.put("user_id", d.userId());
                n.put("transaction_id", HexFormat.of().toHexDigits(d.id() * 2654435761L));
                n.putNull("internal_transaction_id");
                n.putNull("temp_transaction_id");
                n.put("currency", d.currency());
                n.put("amount", Json.dec(d.amount()));
                n.put("btc_amount", "0");
                n.put("usdt_amount", "0");
                n.put("fee", "0");
                n.put("tx_cost", "0");
                n.put("confirmation", 6);
                n.putNull("deposit_code");
                n.put("status", "success");
                n.putNull("blockchain_address");
                n.putNull("destination_tag");
                n.putNull("error_detail");
                n.put("refunded", 0);
                n.put("transaction_date", java.time.Instant.ofEpochMilli(d.timestamp()).toString().substring(0, 10));
                n.put("transaction_timestamp", d.timestamp());
                n.put("created_at", d.timestamp());
                n.put("updated_at", d.timestamp());
                items.add(n);
            }
        }
        return Paginator.page(items, page, baseUrl + "/" + r.path());
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
