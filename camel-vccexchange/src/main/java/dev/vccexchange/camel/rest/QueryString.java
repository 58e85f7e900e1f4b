package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ordered request parameters. The order given is kept byte-for-byte in {@link #encoded()} (what is signed and
 * sent), because VCC verifies the signature over the query string as sent and ccxt's accepted order is not
 * alphabetical. Values are percent-encoded per RFC 3986 (unreserved characters kept, space as {@code %20}).
 * Immutable: {@code add} returns a new instance.
 */
public final class QueryString {

    private static final QueryString EMPTY = new QueryString(List.of());

    private final List<Map.Entry<String, String>> params;

    private QueryString(List<Map.Entry<String, String>> params) {
        this.params = params;
    }

    public static QueryString empty() {
        return EMPTY;
    }

    /** Adds a parameter; a null value is skipped. {@code BigDecimal}s are written in plain notation. */
    public QueryString add(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(params);
        copy.add(Map.entry(name, format(value)));
        return new QueryString(Collections.unmodifiableList(copy));
    }

    static String format(Object value) {
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** Parameters in order, unencoded. */
    public List<Map.Entry<String, String>> params() {
        return params;
    }

    /** {@code a=1&b=2}, percent-encoded, in insertion order; empty string when there are none. */
    public String encoded() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    /** The same parameters as a JSON object of strings, in order ({@code {}} when empty): the POST/PUT body. */
    public String toJson() {
        // Written directly (Jackson's own string escaping, no tree): this runs on every order placed.
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder(16 + 24 * params.size()).append('{');
        for (Map.Entry<String, String> e : params) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            quote.quoteAsString(e.getKey(), sb);
            sb.append("\":\"");
            quote.quoteAsString(e.getValue(), sb);
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return encoded();
    }
}
