package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.error.VccApiException;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccNotFoundException;
import dev.vccexchange.camel.error.VccPermissionException;
import dev.vccexchange.camel.error.VccRateLimitedException;
import dev.vccexchange.camel.error.VccServerException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.VccJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one HTTP answer into a {@link VccResponse} or the typed exception (the one error mapper).
 *
 * <p>Success is decided by the HTTP STATUS first (2xx), then the envelope {@code {"message","dataVersion","data"}}:
 * a non-null {@code message} on a 2xx is a localized note, not an error. Exceptions on 2xx: VCC's
 * {@code "Data not found"} with no data, and a gateway-style body {@code {"code":5xx,"message":…}} with no data.
 * Non-JSON bodies (Cloudflare HTML pages) become {@link VccUnexpectedResponseException}. Pure and thread-safe.
 */
public final class ResponseMapper {

    static final String DATA_NOT_FOUND = "Data not found";
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SNIPPET = 200;

    private final UnaryOperator<String> redactor;

    /** @param redactor applied to every server-supplied text that ends up in an exception message */
    public ResponseMapper(UnaryOperator<String> redactor) {
        this.redactor = redactor == null ? UnaryOperator.identity() : redactor;
    }

    public ResponseMapper() {
        this(null);
    }

    /**
     * @param operation  client operation name, for messages
     * @param status     HTTP status
     * @param body       response body (may be null or empty)
     * @param retryAfter the {@code Retry-After} header or null
     * @param now        current time, to read an HTTP-date {@code Retry-After}
     */
    public VccResponse map(String operation, int status, String body, String retryAfter, Instant now) {
        String text = body == null ? "" : body.strip();
        boolean success = status >= 200 && status < 300;
        if (text.isEmpty()) {
            if (success) {
                return new VccResponse(null, null, null);
            }
            throw error(operation, status, null, Map.of(), retryAfter, now, null);
        }
        JsonNode node;
        try {
            node = VccJson.mapper().readTree(text);
        } catch (IOException e) {
            throw unexpected(operation, status, text, e);
        }
        if (node == null || !(node.isObject() || node.isArray())) {
            throw unexpected(operation, status, text, null);
        }
        if (success) {
            return success(operation, status, node, retryAfter, now);
        }
        return failure(operation, status, node, retryAfter, now);
    }

    private VccResponse success(String op, int status, JsonNode node, String retryAfter, Instant now) {
        if (node.isArray()) {
            return new VccResponse(node, null, null); // chart/bars: bare array
        }
        String message = text(node.get("message"));
        JsonNode data = node.get("data");
        boolean noData = data == null || data.isNull();
        JsonNode code = node.get("code");
        if (noData && code != null && code.canConvertToInt() && code.asInt() >= 400) {
            return failure(op, code.asInt(), node, retryAfter, now); // gateway-style error sent with 2xx
        }
        if (noData && DATA_NOT_FOUND.equalsIgnoreCase(message == null ? null : message.trim())) {
            throw new VccNotFoundException(op, status, redactor.apply(message), Map.of());
        }
        String version = text(node.get("dataVersion"));
        if (data == null && version == null && !node.has("message")) {
            return new VccResponse(node, null, null); // no envelope at all: the object is the data
        }
        return new VccResponse(data, message, version);
    }

    private VccResponse failure(String op, int status, JsonNode node, String retryAfter, Instant now) {
        if (!node.isObject()) {
            throw unexpected(op, status, node.toString(), null);
        }
        String message = redactor.apply(text(node.get("message")));
        if (message == null) {
            message = redactor.apply(text(node.get("error")));
        }
        throw error(op, status, message, errors(node.get("errors"), redactor), retryAfter, now, node);
    }

    private VccApiException error(String op, int status, String message, Map<String, List<String>> errors,
            String retryAfter, Instant now, JsonNode node) {
        String m = message == null ? "" : message.trim();
        if (status == 429) {
            return new VccRateLimitedException(op, status, message, errors, parseRetryAfter(retryAfter, now));
        }
        if (status == 401 || m.equalsIgnoreCase("Unauthenticated.") || errors.containsKey("signature")) {
            return new VccAuthenticationException(op, status, message, errors);
        }
        if (status == 403 || m.equalsIgnoreCase("error_security_level")) {
            return new VccPermissionException(op, status, message, errors);
        }
        if (status == 404 || m.equalsIgnoreCase(DATA_NOT_FOUND)) {
            return new VccNotFoundException(op, status, message, errors);
        }
        if (status >= 500) {
            return new VccServerException(op, status, message, errors,
                    status == 503 ? parseRetryAfter(retryAfter, now) : null);
        }
        if (status == 422 || status == 400 || !errors.isEmpty()) {
            return new VccValidationException(op, status, message, errors);
        }
        if (node == null && (status < 400 || status >= 600)) {
            return new VccUnexpectedResponseException(op, status, "empty body", null);
        }
        return new VccApiException(op, status, message, errors, null);
    }

    private VccUnexpectedResponseException unexpected(String op, int status, String text, Throwable cause) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") && (lower.contains("<html") || lower.contains("<!doctype html")
                || lower.contains("<title") || lower.contains("<body"))) {
            Matcher m = TITLE.matcher(text);
            String title = m.find() ? m.group(1).replaceAll("\\s+", " ").trim() : "(no title)";
            return new VccUnexpectedResponseException(op, status,
                    "HTML error page \"" + redactor.apply(cut(title)) + "\" instead of JSON", null);
        }
        String snippet = cut(text.replaceAll("\\s+", " "));
        return new VccUnexpectedResponseException(op, status,
                "unreadable response body (not the expected JSON): " + redactor.apply(snippet), cause);
    }

    /** VCC's {@code errors}: field → list of messages (a single string is accepted too). */
    static Map<String, List<String>> errors(JsonNode node, UnaryOperator<String> redactor) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> msgs = new ArrayList<>();
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(x -> msgs.add(redactor.apply(x.isValueNode() ? x.asText() : x.toString())));
            } else if (!v.isNull()) {
                msgs.add(redactor.apply(v.isValueNode() ? v.asText() : v.toString()));
            }
            out.put(redactor.apply(e.getKey()), msgs);
        });
        return out;
    }

    /** {@code Retry-After} as delta-seconds or an HTTP-date; null when absent or unreadable. */
    static Duration parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.trim();
        try {
            long secs = Long.parseLong(h);
            return secs < 0 ? null : Duration.ofSeconds(secs);
        } catch (NumberFormatException ignored) {
            // try an HTTP-date
        }
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now == null ? Instant.now() : now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static String cut(String s) {
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
    }
}
