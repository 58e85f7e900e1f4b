package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Json;

import java.util.List;

/**
 * Laravel's LengthAwarePaginator JSON: current_page, data, first_page_url, from, last_page, last_page_url,
 * next_page_url, path, per_page, prev_page_url, to, total. Default {@code limit} 20, max 1000.
 */
final class Paginator {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;

    private Paginator() {
    }

    record Page(int page, int limit, boolean ascending) {
    }

    static Page parse(RestRequest r) {
        int limit = r.intParam("limit", DEFAULT_LIMIT);
        if (limit > MAX_LIMIT) {
            throw EngineException.validation("limit", "The limit may not be greater than " + MAX_LIMIT + ".");
        }
        if (limit < 1) {
            throw EngineException.validation("limit", "The limit must be at least 1.");
        }
        int page = r.intParam("page", 1);
        if (page < 1) {
            throw EngineException.validation("page", "The page must be at least 1.");
        }
        String sort = r.params().getOrDefault("sort", "desc");
        if (!sort.equals("asc") && !sort.equals("desc")) {
            throw EngineException.validation("sort", "The selected sort is invalid.");
        }
        return new Page(page, limit, sort.equals("asc"));
    }

    /** @param items newest first; reversed for {@code sort=asc} */
    static ObjectNode page(List<? extends JsonNode> items, Page p, String path) {
        List<? extends JsonNode> ordered = items;
        if (p.ascending()) {
            ordered = new java.util.ArrayList<>(items);
            java.util.Collections.reverse(ordered);
        }
        int total = ordered.size();
        int lastPage = Math.max(1, (total + p.limit() - 1) / p.limit());
        int fromIdx = (p.page() - 1) * p.limit();
        int toIdx = Math.min(total, fromIdx + p.limit());
        ObjectNode n = Json.object();
        n.put("current_page", p.page());
        ArrayNode data = n.putArray("data");
        for (int i = fromIdx; i < toIdx; i++) {
            data.add(ordered.get(i));
        }
        n.put("first_page_url", path + "?page=1");
        if (fromIdx < toIdx) {
            n.put("from", fromIdx + 1);
        } else {
            n.putNull("from");
        }
        n.put("last_page", lastPage);
        n.put("last_page_url", path + "?page=" + lastPage);
        n.put("next_page_url", p.page() < lastPage ? path + "?page=" + (p.page() + 1) : null);
        n.put("path", path);
        n.put("per_page", p.limit());
        n.put("prev_page_url", p.page() > 1 ? path + "?page=" + (p.page() - 1) : null);
        if (fromIdx < toIdx) {
            n.put("to", toIdx);
        } else {
            n.putNull("to");
        }
        n.put("total", total);
        return n;
    }
}
