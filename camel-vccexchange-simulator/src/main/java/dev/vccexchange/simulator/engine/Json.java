package dev.vccexchange.simulator.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;

/**
 * VCC JSON shapes shared by REST and socket events: decimal strings, epoch-ms numbers.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Plain decimal string without trailing zeros ("0.001", "60000"); null stays null. */
    public static String dec(BigDecimal d) {
        if (d == null) {
            return null;
        }
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The order object of GET orders/{id} and OrderChanged. */
    public static ObjectNode order(OrderView o) {
        ObjectNode n = object();
        n.put("id", o.id());
        n.putNull("original_id");
        n.put("user_id", o.userId());
        n.put("email", "user" + o.userId() + "@simulator.vcc.exchange");
        n.put("trade_type", o.side().wire());
        n.put("currency", o.currency());
        n.put("coin", o.coin());
        n.put("type", o.type().wire());
        n.put("ioc", 0);
        n.put("quantity", dec(o.quantity()));
        n.put("price", dec(o.price()));
        n.put("ceiling", dec(o.ceiling()));
        n.put("executed_quantity", dec(o.executedQuantity()));
        n.put("executed_price", dec(o.executedPrice()));
        n.putNull("base_price");
        n.put("is_stop", o.isStop() ? 1 : 0);
        n.put("stop_price", dec(o.stopPrice()));
        n.put("stop_condition", o.stopCondition());
        n.put("fee", dec(o.fee()));
        n.put("fee_rate", dec(MatchingEngine.FEE_RATE));
        n.put("status", o.status().wire());
        n.put("created_at", o.createdAt());
        n.put("updated_at", o.updatedAt());
        return n;
    }

    /** {@code GET balance} data and {@code BalanceUpdated} data. */
    public static ObjectNode balances(Map<String, Balance> balances) {
        ObjectNode n = object();
        balances.forEach((c, b) -> {
            ObjectNode cur = n.putObject(c);
            cur.put("balance", dec(b.balance()));
            cur.put("available_balance", dec(b.available()));
        });
        return n;
    }

    /** {@code {"data":data,"socket":null}}: the socket argument laravel-echo-server delivers. */
    public static ObjectNode socketPayload(ObjectNode data) {
        ObjectNode n = object();
        n.set("data", data);
        n.putNull("socket");
        return n;
    }
}
