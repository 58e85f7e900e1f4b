package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.simulator.engine.EngineException;
import dev.vccexchange.simulator.engine.Json;

import java.util.Map;

/** A complete HTTP answer, including VCC's error bodies (vcc-api.md §4). */
record RestResponse(int status, String contentType, String body, Map<String, String> headers) {

    static final String JSON = "application/json";
    /** Stable per simulator build: changes when markets/fees would. */
    static final String DATA_VERSION = "5f1c1d0b7e0a3c6f9b2e4d8a1c3e5f7091a2b3c4";

    static RestResponse json(int status, JsonNode body) {
        try {
            return new RestResponse(status, JSON, Json.MAPPER.writeValueAsString(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"message":null,"dataVersion":"…","data":…}}. */
    static RestResponse ok(JsonNode data) {
        ObjectNode n = Json.object();
        n.putNull("message");
        n.put("dataVersion", DATA_VERSION);
        n.set("data", data);
        return json(200, n);
    }

    static RestResponse message(int status, String message) {
        ObjectNode n = Json.object();
        n.put("message", message);
        return json(status, n);
    }

    /** 422 {@code {"message":"The given data was invalid.","errors":{field:[message]}}}. */
    static RestResponse invalid(String field, String message) {
        return from(EngineException.validation(field, message));
    }

    static RestResponse from(EngineException e) {
        switch (e.kind()) {
            case NOT_FOUND:
                return message(404, e.getMessage());
            case INSUFFICIENT_BALANCE:
                return message(422, e.getMessage());
            default:
                ObjectNode n = Json.object();
                n.put("message", e.getMessage());
                ObjectNode errors = n.putObject("errors");
                e.errors().forEach((field, msgs) -> msgs.forEach(m -> errors.withArray(field).add(m)));
                return json(422, n);
        }
    }

    static RestResponse gateway(int code, String message, String description) {
        ObjectNode n = Json.object();
        n.put("code", code);
        n.put("message", message);
        n.put("description", description);
        return json(code, n);
    }

    RestResponse withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new RestResponse(status, contentType, body, h);
    }

    static final String CLOUDFLARE_403_HTML = """
            <!DOCTYPE html>
            <!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
            <!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
            <head>
            <title>Access denied | api.vcc.exchange used Cloudflare to restrict access</title>
            <meta charset="UTF-8" />
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
            <meta name="robots" content="noindex, nofollow" />
            </head>
            <body>
              <div id="cf-wrapper">
                <div id="cf-error-details" class="cf-error-details-wrapper">
                  <h1 data-translate="block_headline">Sorry, you have been blocked</h1>
                  <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> api.vcc.exchange</h2>
                  <p>Error 1020. Ray ID: 6d0f0c1a2b3c4d5e &bull; Performance &amp; security by Cloudflare</p>
                </div>
              </div>
            </body>
            </html>
            """;
}
