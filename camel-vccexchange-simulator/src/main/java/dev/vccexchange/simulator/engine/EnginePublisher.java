package dev.vccexchange.simulator.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.simulator.SimulatorEvents;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the vcc-api.md §5.4 events and hands them to {@link SimulatorEvents}. Called with the engine lock held.
 */
final class EnginePublisher {

    static final String USER_CHANNEL = "private-App.User.";
    static final String ORDERS_CHANNEL = "App.Orders";
    static final String ORDER_BOOK_CHANNEL = "App.OrderBook";
    static final String PRICES_CHANNEL = "App.Prices";

    private final SimulatorEvents events;
    private final MatchingEngine engine;

    EnginePublisher(SimulatorEvents events, MatchingEngine engine) {
        this.events = events;
        this.engine = engine;
    }

    /** OrderChanged, OrderListUpdated, then BalanceUpdated on the owner's channel. */
    void orderChanged(Order o, String action) {
        if (engine.isSilent(o.userId)) {
            return;
        }
        String channel = USER_CHANNEL + o.userId;
        ObjectNode data = Json.object();
        data.set("order", Json.order(OrderView.of(o)));
        data.put("action", action);
        data.putNull("message");
        events.publish(channel, "App\\Events\\OrderChanged", Json.socketPayload(data));
        ObjectNode list = Json.object();
        list.put("currency", o.market.currency());
        list.put("action", action);
        events.publish(channel, "App\\Events\\OrderListUpdated", Json.socketPayload(list));
        balance(o.userId);
    }

    void balance(long userId) {
        if (engine.isSilent(userId)) {
            return;
        }
        events.publish(USER_CHANNEL + userId, "App\\Events\\BalanceUpdated",
                Json.socketPayload(Json.balances(engine.balancesLocked(userId))));
    }

    void trade(Trade t, Order buy, Order sell) {
        ObjectNode tx = Json.object();
        tx.put("buy_order_id", t.buyOrderId());
        tx.put("sell_order_id", t.sellOrderId());
        tx.put("quantity", Json.dec(t.quantity()));
        tx.put("price", Json.dec(t.price()));
        tx.put("currency", t.market().currency());
        tx.put("coin", t.market().coin());
        tx.put("amount", Json.dec(t.amount()));
        tx.put("status", "executed");
        tx.put("created_at", t.timestamp());
        tx.put("executed_date", t.timestamp());
        tx.put("sell_fee", Json.dec(t.sellFee()));
        tx.put("buy_fee", Json.dec(t.buyFee()));
        tx.put("buyer_id", t.buyerId());
        tx.put("seller_id", t.sellerId());
        tx.put("transaction_type", t.takerSide().wire());
        tx.put("id", t.id());
        ObjectNode data = Json.object();
        data.set("orderTransaction", tx);
        data.set("buyOrder", Json.order(OrderView.of(buy)));
        data.set("sellOrder", Json.order(OrderView.of(sell)));
        events.publish(ORDERS_CHANNEL, "App\\Events\\OrderTransactionCreated", Json.socketPayload(data));
    }

    void orderBook(Market m, OrderBook book) {
        ObjectNode data = Json.object();
        data.put("currency", m.currency());
        data.put("coin", m.coin());
        data.put("tickerSize", Json.dec(m.priceStep()));
        data.put("isFullOrderBook", true);
        ObjectNode ob = data.putObject("orderBook");
        ob.set("buy", levels(book.levels(Side.BUY, 0)));
        ob.set("sell", levels(book.levels(Side.SELL, 0)));
        events.publish(ORDER_BOOK_CHANNEL, "App\\Events\\OrderBookUpdated", Json.socketPayload(data));
    }

    private static ArrayNode levels(List<BookLevel> levels) {
        ArrayNode a = Json.array();
        for (BookLevel l : levels) {
            ObjectNode n = a.addObject();
            n.put("count", l.count());
            n.put("quantity", Json.dec(l.quantity()));
            n.put("price", Json.dec(l.price()));
        }
        return a;
    }

    void prices(Market m, List<Trade> tapeOldestFirst) {
        if (tapeOldestFirst.isEmpty()) {
            return;
        }
        Trade last = tapeOldestFirst.get(tapeOldestFirst.size() - 1);
        BigDecimal previous = tapeOldestFirst.size() > 1 ? tapeOldestFirst.get(tapeOldestFirst.size() - 2).price() : last.price();
        MarketStats s = MarketStats.of(tapeOldestFirst, last.price(), last.timestamp());
        ObjectNode p = Json.object();
        p.put("coin", m.coin());
        p.put("currency", m.currency());
        p.put("price", Json.dec(last.price()));
        p.put("previous_price", Json.dec(previous));
        p.put("change", Json.dec(s.open() == null || s.open().signum() == 0 ? BigDecimal.ZERO
                : last.price().subtract(s.open()).multiply(BigDecimal.valueOf(100))
                        .divide(s.open(), 2, java.math.RoundingMode.HALF_EVEN)));
        p.put("last_24h_price", Json.dec(s.open()));
        p.put("volume", Json.dec(s.baseVolume()));
        p.put("created_at", last.timestamp());
        ObjectNode data = Json.object();
        data.set(m.currency() + "_" + m.coin(), p);
        events.publish(PRICES_CHANNEL, "App\\Events\\PricesUpdated", Json.socketPayload(data));
    }
}
