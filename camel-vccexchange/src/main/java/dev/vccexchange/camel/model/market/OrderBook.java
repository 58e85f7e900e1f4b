package dev.vccexchange.camel.model.market;

import java.util.List;

/** {@code GET orderbook/{pair}}: bids best (highest) first, asks best (lowest) first; timestamp in epoch ms. */
public record OrderBook(List<PriceLevel> bids, List<PriceLevel> asks, Long timestamp) {

    public OrderBook {
        bids = bids == null ? List.of() : List.copyOf(bids.stream().filter(java.util.Objects::nonNull).toList());
        asks = asks == null ? List.of() : List.copyOf(asks.stream().filter(java.util.Objects::nonNull).toList());
    }
}
