package dev.vccexchange.camel.model;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.camel.wire.RawJson;

/**
 * Plain-Java views ({@code Map}, {@code List}, scalars) over JSON, for untyped event bodies: over a received
 * value's text ({@link RawJson}, parsed on the first read) or over a tree.
 *
 * <p>Why views and not a copy: copying each event's tree into {@code HashMap}s cost the consumer a third of its
 * throughput, and building the tree at all half of what was left (docs/benchmarks.md). A view allocates one small
 * object per event and converts only what the route reads; its JSON text is the text as received. Views are
 * read-only and equal to any {@code Map}/{@code List} with the same content.
 */
public final class JsonView {

    private JsonView() {
    }

    /** The Java value of a node: {@code Map} for objects, {@code List} for arrays, else String/Number/Boolean/null. */
    public static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return new ObjectView((ObjectNode) node);
        }
        if (node.isArray()) {
            return new ArrayView((ArrayNode) node);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    /**
     * The Java value of a received JSON value: an object or array becomes a view that parses the text on first
     * read (a route that only passes the JSON on, or filters on headers, never pays for a tree); a scalar is read
     * now.
     */
    public static Object of(RawJson raw) {
        if (raw == null) {
            return null;
        }
        if (raw.isObject()) {
            return new ObjectView(raw);
        }
        if (raw.isArray()) {
            return new ArrayView(raw);
        }
        return raw.stringValue() != null ? raw.stringValue() : of(raw.node());
    }

    /** The tree behind a view, so it can be written as JSON without walking the view. */
    public static JsonNode node(Object view) {
        return view instanceof View v ? v.raw().node() : null;
    }

    /** A view's JSON text (as received, when it came from a frame), or null when {@code view} is not a view. */
    public static String json(Object view) {
        return view instanceof View v ? v.raw().json() : null;
    }

    /** What both views are made of: the JSON value, as text and (parsed on first use) as a tree. */
    private interface View {
        RawJson raw();
    }

    private static final class ObjectView extends AbstractMap<String, Object> implements View {
        private final RawJson raw;

        ObjectView(ObjectNode node) {
            this(RawJson.of(node));
        }

        ObjectView(RawJson raw) {
            this.raw = raw;
        }

        @Override
        public RawJson raw() {
            return raw;
        }

        ObjectNode node() {
            return (ObjectNode) raw.node();
        }

        @Override
        public Object get(Object key) {
            return key instanceof String name ? of(node().get(name)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && node().has(name);
        }

        @Override
        public int size() {
            return node().size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, JsonNode>> fields = node().fields();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return fields.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Map.Entry<String, JsonNode> field = fields.next();
                            return new SimpleImmutableEntry<>(field.getKey(), of(field.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node().size();
                }
            };
        }

        @Override
        public String toString() {
            return raw.json();
        }
    }

    private static final class ArrayView extends AbstractList<Object> implements View {
        private final RawJson raw;

        ArrayView(ArrayNode node) {
            this(RawJson.of(node));
        }

        ArrayView(RawJson raw) {
            this.raw = raw;
        }

        @Override
        public RawJson raw() {
            return raw;
        }

        ArrayNode node() {
            return (ArrayNode) raw.node();
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= node().size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return of(node().get(index));
        }

        @Override
        public int size() {
            return node().size();
        }

        @Override
        public String toString() {
            return raw.json();
        }
    }
}
