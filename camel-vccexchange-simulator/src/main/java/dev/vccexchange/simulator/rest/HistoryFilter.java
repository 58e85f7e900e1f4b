package dev.vccexchange.simulator.rest;

import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Side;

/**
 * The filters the order and trade history calls share: page, {@code coin}, {@code currency}, {@code trade_type},
 * {@code start_date}/{@code end_date} (epoch ms, inclusive). Parsing validates as the exchange does (422).
 */
record HistoryFilter(Paginator.Page page, String coin, String currency, Side side, long start, long end) {

    static HistoryFilter parse(RestRequest r) {
        return new HistoryFilter(Paginator.parse(r), r.param("coin"), r.param("currency"), tradeType(r),
                r.longParam("start_date", Long.MIN_VALUE), r.longParam("end_date", Long.MAX_VALUE));
    }

    /** Whether an order or trade of this market, side and time passes every filter that was given. */
    boolean matches(String itsCoin, String itsCurrency, Side itsSide, long time) {
        return (coin == null || coin.equals(itsCoin)) && (currency == null || currency.equals(itsCurrency))
                && (side == null || side == itsSide) && time >= start && time <= end;
    }

    private static Side tradeType(RestRequest r) {
        String t = r.param("trade_type");
        if (t == null || t.isEmpty()) {
            return null;
        }
        Side s = Side.parse(t);
        if (s == null) {
            throw EngineException.validation("trade_type", "The selected trade type is invalid.");
        }
        return s;
    }
}
