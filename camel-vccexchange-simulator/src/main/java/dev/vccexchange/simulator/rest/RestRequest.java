package dev.vccexchange.simulator.rest;

import java.util.Map;

/**
 * A parsed call.
 *
 * @param path after {@code /v3/}, no trailing slash (e.g. {@code orders/open})
 * @param rawQuery as received (what the signature covers), or null
 * @param params query parameters, plus JSON body fields the query does not have
 * @param userId the authenticated user (private calls), else -1
 */
record RestRequest(String method, String path, String rawQuery, Map<String, String> params, long userId) {

    String param(String name) {
        return params.get(name);
    }
}
