package dev.vccexchange.simulator.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rejected engine call, mapped 1:1 to a VCC error body by the REST layer.
 */
public final class EngineException extends RuntimeException {

    public enum Kind { VALIDATION, INSUFFICIENT_BALANCE, NOT_FOUND }

    private final Kind kind;
    private final Map<String, List<String>> errors;

    private EngineException(Kind kind, String message, Map<String, List<String>> errors) {
        super(message);
        this.kind = kind;
        this.errors = errors;
    }

    public static EngineException validation(String field, String message) {
        Map<String, List<String>> e = new LinkedHashMap<>();
        e.put(field, List.of(message));
        return new EngineException(Kind.VALIDATION, "The given data was invalid.", e);
    }

    public static EngineException insufficientBalance() {
        return new EngineException(Kind.INSUFFICIENT_BALANCE, "Insufficient balance.", Map.of());
    }

    public static EngineException notFound() {
        return new EngineException(Kind.NOT_FOUND, "Data not found", Map.of());
    }

    public Kind kind() {
        return kind;
    }

    /** Field → messages, VCC's {@code errors} map; empty unless {@link Kind#VALIDATION}. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
