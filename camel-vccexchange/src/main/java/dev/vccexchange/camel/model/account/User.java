package dev.vccexchange.camel.model.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET user}. Its shape is undocumented, so the whole JSON object is kept in {@link #raw()}; {@link #id()}
 * is its {@code id} (the number used in {@code private-App.User.{id}}), or null when absent.
 */
public record User(String id, Map<String, Object> raw) {

    public User {
        raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static User of(Map<String, Object> raw) {
        Object id = raw == null ? null : raw.get("id");
        return new User(id == null ? null : String.valueOf(id), raw);
    }

    @JsonValue
    public Map<String, Object> raw() {
        return raw;
    }

    /** A top-level field as text, or null. */
    public String field(String name) {
        Object v = raw.get(name);
        return v == null ? null : String.valueOf(v);
    }
}
