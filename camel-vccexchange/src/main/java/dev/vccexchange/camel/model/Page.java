package dev.vccexchange.camel.model;

import java.util.List;

/**
 * One page of a Laravel paginator ({@code current_page, data[], last_page, per_page, total, next_page_url}).
 * With {@code fetchAllPages} the client returns one merged page whose {@code data} holds every item.
 */
public record Page<T>(Integer currentPage, Integer lastPage, Integer perPage, Long total, String nextPageUrl,
        List<T> data) {

    public Page {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** True when the server says there is a further page. */
    public boolean hasNext() {
        if (nextPageUrl != null && !nextPageUrl.isBlank()) {
            return true;
        }
        return currentPage != null && lastPage != null && currentPage < lastPage;
    }
}
