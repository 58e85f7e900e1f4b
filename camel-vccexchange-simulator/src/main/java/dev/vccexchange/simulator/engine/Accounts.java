package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Balances per user and currency: {@code balance} (total) and a locked part; {@code available_balance = balance - locked}.
 * Exact BigDecimal, never rounded. Only touched under the engine lock.
 */
final class Accounts {

    private static final class Holding {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal locked = BigDecimal.ZERO;
    }

    private final Map<Long, Map<String, Holding>> users = new TreeMap<>();
    private final java.util.List<String> currencies;

    Accounts(java.util.List<String> currencies) {
        this.currencies = currencies;
    }

    private Holding holding(long user, String currency) {
        return users.computeIfAbsent(user, u -> {
            Map<String, Holding> m = new TreeMap<>();
            currencies.forEach(c -> m.put(c, new Holding()));
            return m;
        }).computeIfAbsent(currency, c -> new Holding());
    }

    void ensureUser(long user) {
        holding(user, currencies.get(0));
    }

    boolean hasUser(long user) {
        return users.containsKey(user);
    }

    BigDecimal available(long user, String currency) {
        Holding h = holding(user, currency);
        return h.total.subtract(h.locked);
    }

    void credit(long user, String currency, BigDecimal amount) {
        Holding h = holding(user, currency);
        h.total = h.total.add(amount);
    }

    void lock(long user, String currency, BigDecimal amount) {
        Holding h = holding(user, currency);
        if (h.total.subtract(h.locked).compareTo(amount) < 0) {
            throw EngineException.insufficientBalance();
        }
        h.locked = h.locked.add(amount);
    }

    void unlock(long user, String currency, BigDecimal amount) {
        Holding h = holding(user, currency);
        h.locked = h.locked.subtract(amount);
    }

    /** Takes {@code amount} out of the locked part and the balance. */
    void debitLocked(long user, String currency, BigDecimal amount) {
        Holding h = holding(user, currency);
        h.locked = h.locked.subtract(amount);
        h.total = h.total.subtract(amount);
    }

    /** currency → {balance, available}. */
    Map<String, Balance> snapshot(long user) {
        Map<String, Balance> out = new TreeMap<>();
        users.getOrDefault(user, Map.of()).forEach((c, h) -> out.put(c, new Balance(h.total, h.total.subtract(h.locked))));
        return out;
    }
}
