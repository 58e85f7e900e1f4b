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

    private static final QueryString EMPTY = new QueryString(null, null, null, 0);
    private static final String HEX_DIGITS = "0123456789ABCDEF";

    // A chain from the last parameter back to the first: add() costs one small object, not a copy of the list, and
    // instances can still share their common beginning (an order's parameters are built on every call).
    private final QueryString previous;
    private final String name;
    private final String value;
    private final int size;

    private QueryString(QueryString previous, String name, String value, int size) {
        this.previous = previous;
        this.name = name;
        this.value = value;
        this.size = size;
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
        return new QueryString(this, name, format(value), size + 1);
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
        return size == 0;
    }

    /** Parameters in order, unencoded. */
    public List<Map.Entry<String, String>> params() {
        List<Map.Entry<String, String>> out = new ArrayList<>(size);
        for (QueryString q : inOrder()) {
            out.add(Map.entry(q.name, q.value));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code a=1&b=2}, percent-encoded, in insertion order; empty string when there are none. */
    public String encoded() {
        if (size == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(16 * size);
        for (QueryString q : inOrder()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            encodeInto(sb, q.name);
            sb.append('=');
            encodeInto(sb, q.value);
        }
        return sb.toString();
    }

    /** The same parameters as a JSON object of strings, in order ({@code {}} when empty): the POST/PUT body. */
    public String toJson() {
        // Written directly (Jackson's own string escaping, no tree): this runs on every order placed.
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder(16 + 24 * size).append('{');
        for (QueryString q : inOrder()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            quote.quoteAsString(q.name, sb);
            sb.append("\":\"");
            quote.quoteAsString(q.value, sb);
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /** The parameters first to last. */
    private QueryString[] inOrder() {
        QueryString[] out = new QueryString[size];
        for (QueryString q = this; q.size > 0; q = q.previous) {
            out[q.size - 1] = q;
        }
        return out;
    }

    /** RFC 3986: unreserved characters as they are, every other UTF-8 byte as {@code %XX}. */
    private static void encodeInto(StringBuilder sb, String s) {
        if (isUnreserved(s)) {
            sb.append(s); // the usual case (coin, price…): no byte array, no per-character work
            return;
        }
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX_DIGITS.charAt(c >> 4)).append(HEX_DIGITS.charAt(c & 0xf));
            }
        }
    }

    private static boolean isUnreserved(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isUnreserved(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    @Override
    public String toString() {
        return encoded();
    }
}
