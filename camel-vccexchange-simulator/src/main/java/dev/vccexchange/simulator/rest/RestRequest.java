package dev.vccexchange.simulator.rest;

import dev.vccexchange.simulator.engine.EngineException;
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

    /** An integer parameter, {@code dflt} when absent or empty; otherwise a 422 as Laravel words it. */
    long longParam(String name, long dflt) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            // Laravel names the attribute with its underscores as spaces: "The start date must be an integer."
            throw EngineException.validation(name, "The " + name.replace('_', ' ') + " must be an integer.");
        }
    }

    int intParam(String name, int dflt) {
        long v = longParam(name, dflt);
        if (v != (int) v) {
            throw EngineException.validation(name, "The " + name.replace('_', ' ') + " must be an integer.");
        }
        return (int) v;
    }
}
