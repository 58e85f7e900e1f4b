package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.vccexchange.camel.model.VccJson;
import java.io.IOException;

/**
 * Reads a successful envelope {@code {"message","dataVersion","data"}} in one pass, the {@code data} straight into the
 * type the caller wants, without building a JSON tree first: the tree and the walk over it were half of the REST
 * layer's time per placed order.
 *
 * <p>Only the plain case is read here: a JSON object with a non-null {@code data} that the reader accepts, scalar
 * {@code message}/{@code dataVersion}, no repeated key, nothing after the object. Anything else answers null, and
 * the caller gives the body to {@link ResponseMapper}, whose rules and errors thus stay the only ones. Pure and
 * thread-safe.
 */
final class EnvelopeDecoder {

    private EnvelopeDecoder() {
    }

    /**
     * @param body       a 2xx answer's body (UTF-8)
     * @param dataReader reads the {@code data} value, e.g. {@code VccJson.mapper().readerFor(Order.class)}
     * @return the answer with {@link VccResponse#decoded()} set, or null when {@link ResponseMapper} must decide
     */
    static VccResponse decode(byte[] body, ObjectReader dataReader) {
        if (body == null || body.length == 0) {
            return null;
        }
        Object data = null;
        boolean sawData = false;
        boolean sawMessage = false;
        boolean sawVersion = false;
        String message = null;
        String version = null;
        try (JsonParser p = VccJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "data" -> {
                        if (sawData || value == JsonToken.VALUE_NULL) {
                            return null;
                        }
                        sawData = true;
                        data = dataReader.readValue(p);
                    }
                    case "message" -> {
                        if (sawMessage || !isScalar(value)) {
                            return null;
                        }
                        sawMessage = true;
                        message = value == JsonToken.VALUE_NULL ? null : p.getText();
                    }
                    case "dataVersion" -> {
                        if (sawVersion || !isScalar(value)) {
                            return null;
                        }
                        sawVersion = true;
                        version = value == JsonToken.VALUE_NULL ? null : p.getText();
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || data == null) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or not this type: ResponseMapper reports it the one way it always does
        }
        return VccResponse.decoded(data, message, version);
    }

    /** The texts ResponseMapper would read the same way (it would print a decimal or a boolean differently). */
    private static boolean isScalar(JsonToken t) {
        return t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_NUMBER_INT;
    }
}
