package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A successful answer: the envelope's {@code data} (or the bare body for {@code chart/bars}), its optional
 * localized {@code message} and its {@code dataVersion} (null when absent).
 *
 * <p>{@code decoded} is set instead of {@code data} when the caller named the data's type and the answer could be
 * read straight into it ({@link EnvelopeDecoder}); {@code data} is then a null node. Callers that name a type look
 * at {@code decoded} first and fall back to {@code data}.
 */
public record VccResponse(JsonNode data, String message, String dataVersion, Object decoded) {

    public VccResponse {
        data = data == null ? NullNode.getInstance() : data;
    }

    public VccResponse(JsonNode data, String message, String dataVersion) {
        this(data, message, dataVersion, null);
    }

    static VccResponse decoded(Object value, String message, String dataVersion) {
        return new VccResponse(null, message, dataVersion, value);
    }

    public boolean hasData() {
        return decoded != null || (!data.isNull() && !data.isMissingNode());
    }
}
