package dev.vccexchange.camel.model.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** All balances of the account: lowercase currency id → {@link Balance}, as {@code GET balance} sends them. */
public record Balances(Map<String, Balance> balances) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Balances {
        Map<String, Balance> copy = new LinkedHashMap<>();
        if (balances != null) {
            balances.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        balances = Collections.unmodifiableMap(copy);
    }

    @JsonValue
    public Map<String, Balance> balances() {
        return balances;
    }

    /** The balance of one currency (case-insensitive), or null. */
    public Balance get(String currency) {
        return currency == null ? null : balances.get(currency.toLowerCase(Locale.ROOT));
    }
}
