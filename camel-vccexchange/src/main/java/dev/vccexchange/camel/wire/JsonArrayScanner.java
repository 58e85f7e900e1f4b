package dev.vccexchange.camel.wire;

import dev.vccexchange.camel.error.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JSON array into its top-level elements, as {@link RawJson} spans of the text, in one pass over the
 * characters and without building anything but the list.
 *
 * <p>Why hand-written: on the consumer's hot path, Jackson's tokenizer spent most of its time interning field names
 * of values nobody had read yet. This scanner checks the RFC 8259 grammar as strictly as Jackson's defaults do (no
 * comments, leading zeros, NaN, single quotes, unescaped control characters; depth at most {@link #MAX_DEPTH}), so
 * text it accepts is text Jackson parses later; a differential test holds the two to that. Pure function;
 * thread-safe.
 */
final class JsonArrayScanner {

    /** Below Jackson's default nesting limit, so a value accepted here always parses later. */
    static final int MAX_DEPTH = 400;
    /** Jackson's default limit on the length of one number. */
    private static final int MAX_NUMBER_LENGTH = 1000;

    private final String s;
    private final String frame;
    private final int len;

    private JsonArrayScanner(String s, String frame) {
        this.s = s;
        this.frame = frame;
        this.len = s.length();
    }

    /**
     * @param json  the text: one JSON array and nothing after it (whitespace aside)
     * @param frame the whole frame, for the error message
     * @return the elements, or null when the text does not start with an array (the caller decides what that is)
     */
    static List<RawJson> elements(String json, String frame) {
        return new JsonArrayScanner(json, frame).array();
    }

    private List<RawJson> array() {
        int p = ws(0);
        if (p >= len || s.charAt(p) != '[') {
            return null;
        }
        List<RawJson> elements = new ArrayList<>(4);
        p = ws(p + 1);
        if (p < len && s.charAt(p) == ']') {
            p++;
        } else {
            while (true) {
                int start = p;
                String string = null;
                int end;
                if (p < len && s.charAt(p) == '"') {
                    end = string(p);
                    string = unescape(start + 1, end - 1);
                } else {
                    end = value(p, 1);
                }
                elements.add(RawJson.of(s, start, end, string));
                p = ws(end);
                char c = at(p);
                if (c == ',') {
                    p = ws(p + 1);
                } else if (c == ']') {
                    p++;
                    break;
                } else {
                    throw error("expected ',' or ']'", p);
                }
            }
        }
        if (ws(p) != len) {
            throw error("trailing content after the JSON payload", p);
        }
        return elements;
    }

    /** Scans the value at {@code p}; returns the index just after it. */
    private int value(int p, int depth) {
        char c = at(p);
        return switch (c) {
            case '{' -> object(p, depth + 1);
            case '[' -> array(p, depth + 1);
            case '"' -> string(p);
            case 't' -> literal(p, "true");
            case 'f' -> literal(p, "false");
            case 'n' -> literal(p, "null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number(p);
                }
                throw error("unexpected character", p);
            }
        };
    }

    private int object(int p, int depth) {
        checkDepth(depth, p);
        p = ws(p + 1);
        if (at(p) == '}') {
            return p + 1;
        }
        while (true) {
            if (at(p) != '"') {
                throw error("expected a field name", p);
            }
            p = ws(string(p));
            if (at(p) != ':') {
                throw error("expected ':'", p);
            }
            p = ws(value(ws(p + 1), depth));
            char c = at(p);
            if (c == ',') {
                p = ws(p + 1);
            } else if (c == '}') {
                return p + 1;
            } else {
                throw error("expected ',' or '}'", p);
            }
        }
    }

    private int array(int p, int depth) {
        checkDepth(depth, p);
        p = ws(p + 1);
        if (at(p) == ']') {
            return p + 1;
        }
        while (true) {
            p = ws(value(p, depth));
            char c = at(p);
            if (c == ',') {
                p = ws(p + 1);
            } else if (c == ']') {
                return p + 1;
            } else {
                throw error("expected ',' or ']'", p);
            }
        }
    }

    /** {@code p} is at the opening quote; returns the index after the closing one. */
    private int string(int p) {
        p++;
        while (true) {
            char c = at(p);
            if (c == '"') {
                return p + 1;
            }
            if (c == '\\') {
                char e = at(p + 1);
                if (e == 'u') {
                    for (int i = p + 2; i < p + 6; i++) {
                        if (Character.digit(at(i), 16) < 0) {
                            throw error("invalid \\u escape", i);
                        }
                    }
                    p += 6;
                } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
                    p += 2;
                } else {
                    throw error("invalid escape", p + 1);
                }
            } else if (c < 0x20) {
                throw error(p >= len ? "unterminated string" : "unescaped control character in a string", p);
            } else {
                p++;
            }
        }
    }

    private int number(int p) {
        int start = p;
        if (at(p) == '-') {
            p++;
        }
        if (at(p) == '0') {
            p++;
        } else if (isDigit(at(p))) {
            while (isDigit(at(p))) {
                p++;
            }
        } else {
            throw error("invalid number", p);
        }
        if (at(p) == '.') {
            p++;
            if (!isDigit(at(p))) {
                throw error("invalid number", p);
            }
            while (isDigit(at(p))) {
                p++;
            }
        }
        char e = at(p);
        if (e == 'e' || e == 'E') {
            p++;
            if (at(p) == '+' || at(p) == '-') {
                p++;
            }
            if (!isDigit(at(p))) {
                throw error("invalid number", p);
            }
            while (isDigit(at(p))) {
                p++;
            }
        }
        if (isDigit(at(p))) {
            throw error("leading zeros are not allowed", p); // "01", "-00"
        }
        if (p - start > MAX_NUMBER_LENGTH) {
            throw error("number too long", start);
        }
        return p;
    }

    private int literal(int p, String word) {
        if (!s.startsWith(word, p)) {
            throw error("invalid literal", p);
        }
        return p + word.length();
    }

    /** The decoded content of a string whose escapes {@link #string} already checked. */
    private String unescape(int from, int to) {
        int backslash = s.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int p = from;
        while (p < to) {
            char c = s.charAt(p);
            if (c != '\\') {
                sb.append(c);
                p++;
                continue;
            }
            char e = s.charAt(p + 1);
            switch (e) {
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s, p + 2, p + 6, 16));
                    p += 6;
                    continue;
                }
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                default -> sb.append(e); // " \ /
            }
            p += 2;
        }
        return sb.toString();
    }

    private int ws(int p) {
        while (p < len) {
            char c = s.charAt(p);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            p++;
        }
        return p;
    }

    /** The character at {@code p}, or NUL past the end (never valid where a character is expected). */
    private char at(int p) {
        return p < len ? s.charAt(p) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void checkDepth(int depth, int p) {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested too deeply", p);
        }
    }

    private MalformedPacketException error(String reason, int p) {
        return new MalformedPacketException("invalid JSON payload: " + reason + " at " + p, frame);
    }
}
