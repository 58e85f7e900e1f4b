package dev.vccexchange.camel.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/** Reads VCC's flags: {@code true/false}, {@code 0/1}, {@code "0"/"1"}, {@code "true"/"false"}; null stays null. */
public final class LenientBooleanDeserializer extends JsonDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue().signum() != 0;
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.isEmpty()) {
                return null;
            }
            if (s.equalsIgnoreCase("true") || s.equals("1")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false") || s.equals("0")) {
                return Boolean.FALSE;
            }
            return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, s, "expected 0/1/true/false");
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
        return null;
    }
}
