package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.model.account.Balance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code App\Events\BalanceUpdated} on {@code private-App.User.{id}}: currency → balance. Entries that are not
 * balance objects (e.g. a sibling platform's nested accounts) are skipped.
 */
public record BalanceUpdated(Map<String, Balance> balances) {

    public BalanceUpdated {
        balances = balances == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(balances));
    }

    public static BalanceUpdated from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        Map<String, Balance> out = new LinkedHashMap<>();
        if (d.isObject()) {
            d.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isObject() && (v.has("balance") || v.has("available_balance"))) {
                    out.put(e.getKey(), EventJson.read(v, Balance.class));
                }
            });
        }
        return new BalanceUpdated(out);
    }
}
