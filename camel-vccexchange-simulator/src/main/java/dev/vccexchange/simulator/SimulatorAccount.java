package dev.vccexchange.simulator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API user of the simulator.
 *
 * @param balances initial deposits, currency (lowercase) → amount
 */
public record SimulatorAccount(String apiKey, String apiSecret, long userId, Map<String, BigDecimal> balances) {

    public SimulatorAccount {
        balances = Map.copyOf(balances);
    }

    /** The public demo account: {@code demo-key} / {@code demo-secret}, user 1, btc 10, eth 100, usdt 1000000. */
    public static SimulatorAccount demo() {
        return new SimulatorAccount("demo-key", "demo-secret", 1, defaultBalances());
    }

    public static Map<String, BigDecimal> defaultBalances() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("btc", new BigDecimal("10"));
        m.put("eth", new BigDecimal("100"));
        m.put("usdt", new BigDecimal("1000000"));
        return m;
    }

    /** {@code KEY:SECRET:USERID}, funded with {@link #defaultBalances()}. */
    public static SimulatorAccount parse(String spec) {
        String[] p = spec.split(":");
        if (p.length != 3 || p[0].isEmpty() || p[1].isEmpty()) {
            throw new IllegalArgumentException("account must be KEY:SECRET:USERID, got " + spec);
        }
        return new SimulatorAccount(p[0], p[1], Long.parseLong(p[2]), defaultBalances());
    }

    @Override
    public String toString() {
        return "SimulatorAccount[apiKey=" + apiKey + ", userId=" + userId + "]"; // never the secret
    }
}
