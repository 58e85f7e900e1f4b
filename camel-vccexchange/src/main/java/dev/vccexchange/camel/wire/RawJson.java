package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One JSON value of a received frame, kept as its text and parsed into a tree only when something reads it.
 *
 * <p>Why: building a tree of every event was half of the consumer's per-event cost, and most routes read a few
 * fields or just pass the JSON on. The text was already checked to be well-formed JSON by
 * {@link JsonArrayScanner}, so the deferred parse cannot fail. Safe to share between threads: the tree is
 * published through a volatile field and never changed after.
 */
public final class RawJson {

    private final String source;
    private final int start;
    private final int end;
    /** The decoded value when this is a JSON string (known from the scan, so reading it costs nothing). */
    private final String stringValue;
    private volatile JsonNode node;
    private String json;

    private RawJson(String source, int start, int end, String stringValue, JsonNode node) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.stringValue = stringValue;
        this.node = node;
    }

    /** {@code source[start, end)}: a complete, well-formed JSON value. */
    static RawJson of(String source, int start, int end, String stringValue) {
        return new RawJson(source, start, end, stringValue, null);
    }

    /** An already parsed value (packets built in code, tests). */
    public static RawJson of(JsonNode node) {
        Objects.requireNonNull(node, "node");
        return new RawJson(null, 0, 0, node.isTextual() ? node.textValue() : null, node);
    }

    /** The value as a tree, parsed on first use. */
    public JsonNode node() {
        JsonNode n = node;
        if (n == null) {
            n = WireJson.parse(json(), 0);
            node = n;
        }
        return n;
    }

    /** The value's JSON text, exactly as received (or as written, for a parsed value). */
    public String json() {
        String j = json;
        if (j == null) {
            j = source != null ? source.substring(start, end) : WireJson.write(node);
            json = j;
        }
        return j;
    }

    public boolean isObject() {
        return source != null ? source.charAt(start) == '{' : node.isObject();
    }

    public boolean isArray() {
        return source != null ? source.charAt(start) == '[' : node.isArray();
    }

    /** The decoded string when the value is a JSON string, otherwise null. */
    public String stringValue() {
        return stringValue;
    }

    /** True when the text contains {@code fragment}: a cheap pre-check before parsing for one field. */
    boolean textContains(String fragment) {
        if (source == null) {
            return json().contains(fragment);
        }
        int at = source.indexOf(fragment, start);
        return at >= 0 && at + fragment.length() <= end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawJson other && node().equals(other.node());
    }

    @Override
    public int hashCode() {
        return node().hashCode();
    }

    @Override
    public String toString() {
        return json();
    }
}
