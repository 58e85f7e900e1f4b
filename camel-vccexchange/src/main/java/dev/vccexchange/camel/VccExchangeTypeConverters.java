package dev.vccexchange.camel;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.vccexchange.camel.model.JsonView;
import dev.vccexchange.camel.model.VccJson;
import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.spi.TypeConverterRegistry;

/**
 * Makes every body this component produces (the records of {@code dev.vccexchange.camel.model}) convert to a JSON
 * {@code String} and to a {@code Map}, so {@code to("sql:…")}, {@code marshal().json()} and
 * {@code getBody(String.class)} work without a custom processor.
 */
@Converter(generateLoader = true)
public final class VccExchangeTypeConverters {

    private static final String MODEL_PACKAGE = "dev.vccexchange.camel.model";

    private VccExchangeTypeConverters() {
    }

    /**
     * Camel's core has no String→BigDecimal converter, so prices and quantities given as text (URI options, YAML
     * constants, headers from an HTTP request) would not bind. Exact: never goes through double.
     */
    @Converter
    public static BigDecimal toBigDecimal(String text) {
        return new BigDecimal(text.trim());
    }

    /** Numbers from JSON or a database column; integral types stay exact, floating ones go through their text. */
    @Converter
    public static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }

    /** A fallback converter: one rule for the whole model instead of one method per record. */
    @Converter(fallback = true)
    public static Object convertTo(Class<?> type, Exchange exchange, Object value, TypeConverterRegistry registry) {
        if (value == null || !value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            return null;
        }
        if (type == String.class || type == CharSequence.class) {
            String json = JsonView.json(value);
            if (json != null) {
                return json;
            }
            try {
                return VccJson.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
            }
        }
        if (type == Map.class) {
            return VccJson.mapper().convertValue(value, Map.class);
        }
        return null;
    }
}
