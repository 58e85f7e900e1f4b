package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A successful answer: the envelope's {@code data} (or the bare body for {@code chart/bars}), its optional
 * localized {@code message} and its {@code dataVersion} (null when absent).
 */
public record VccResponse(JsonNode data, String message, String dataVersion) {

    public VccResponse {
        data = data == null ? NullNode.getInstance() : data;
    }

    public boolean hasData() {
        return !data.isNull() && !data.isMissingNode();
    }
}
