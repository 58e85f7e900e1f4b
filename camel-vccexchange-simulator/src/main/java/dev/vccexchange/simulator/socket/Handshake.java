package dev.vccexchange.simulator.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side of a connection: reads the request, validates it the way engine.io does, and writes either the
 * {@code 101 Switching Protocols} answer or an error.
 *
 * <p>Errors, as engine.io 3.6.2 / 6.x write them:
 * <ul>
 * <li>a plain HTTP request (no Upgrade): {@code 400} with {@code Content-Type: application/json} and
 * {@code {"code":N,"message":".."}} ({@code sendErrorMessage} / {@code abortRequest});</li>
 * <li>a WebSocket upgrade request: {@code 400 Bad Request}, {@code Content-type: text/html}, the bare message as
 * body, then the socket is destroyed ({@code abortConnection} / {@code abortUpgrade}).</li>
 * </ul>
 * Codes: 0 Transport unknown (anything but {@code transport=websocket}: this server has no polling), 1 Session ID
 * unknown (a {@code sid} query: there are no polling sessions to upgrade), 3 Bad request (no Upgrade),
 * 5 Unsupported protocol version ({@code EIO} not 3 or 4).
 */
final class Handshake {

    static final String PATH = "/socket.io/";
    private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    static final int TRANSPORT_UNKNOWN = 0;
    static final int UNKNOWN_SID = 1;
    static final int BAD_REQUEST = 3;
    static final int UNSUPPORTED_PROTOCOL_VERSION = 5;

    private static final String[] MESSAGES = {
        "Transport unknown", "Session ID unknown", "Bad handshake method", "Bad request", "Forbidden",
        "Unsupported protocol version"};

    /** A parsed request head. Header names are lower-case. */
    record Request(String method, String target, String path, Map<String, String> query, Map<String, String> headers) {

        boolean isUpgrade() {
            String upgrade = headers.get("upgrade");
            return upgrade != null && upgrade.trim().equalsIgnoreCase("websocket");
        }
    }

    private Handshake() {
    }

    /** Reads the request head; {@code null} on EOF before a full head. */
    static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0; // of \r\n\r\n
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            if (head.size() > MAX_HEADER_BYTES) {
                throw new IOException("request head too large");
            }
            if ((b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))) {
                matched++;
            } else {
                matched = b == '\r' ? 1 : 0;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3) {
            throw new IOException("bad request line");
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                headers.merge(name, value, (a, b) -> a + ", " + b);
            }
        }
        String target = requestLine[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String pair : target.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.putIfAbsent(k, v);
            }
        }
        return new Request(requestLine[0], target, path, query, headers);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * Validates the request and answers it. Returns the Engine.IO protocol (3 or 4) after writing the 101 answer,
     * or -1 after writing an error (the caller closes the socket).
     */
    static int answer(Request req, OutputStream out) throws IOException {
        if (!req.path().startsWith(PATH)) {
            if ("GET".equals(req.method()) && "/".equals(req.path()) && !req.isUpgrade()) {
                writeHttp(out, "200 OK", "text/html; charset=utf-8", "OK", false);
            } else {
                writeHttp(out, "404 Not Found", "text/html; charset=utf-8",
                        "Cannot " + req.method() + " " + req.path(), false);
            }
            return -1;
        }
        int error = -1;
        int eio = -1;
        if (!"websocket".equals(req.query().get("transport"))) {
            error = TRANSPORT_UNKNOWN;
        } else if ("3".equals(req.query().get("EIO"))) {
            eio = 3;
        } else if ("4".equals(req.query().get("EIO"))) {
            eio = 4;
        } else {
            error = UNSUPPORTED_PROTOCOL_VERSION;
        }
        if (error < 0 && req.query().containsKey("sid")) {
            error = UNKNOWN_SID;
        }
        if (error < 0 && (!req.isUpgrade() || !"GET".equals(req.method()))) {
            error = BAD_REQUEST;
        }
        if (error >= 0) {
            if (req.isUpgrade()) {
                writeHttp(out, "400 Bad Request", "text/html", MESSAGES[error], false);
            } else {
                writeHttp(out, "400 Bad Request", "application/json",
                        "{\"code\":" + error + ",\"message\":\"" + MESSAGES[error] + "\"}", true);
            }
            return -1;
        }
        // ws's own checks (handleUpgrade): key and version
        String key = req.headers().get("sec-websocket-key");
        String version = req.headers().get("sec-websocket-version");
        String connection = req.headers().getOrDefault("connection", "").toLowerCase(Locale.ROOT);
        if (key == null || key.isBlank() || !connection.contains("upgrade")) {
            writeHttp(out, "400 Bad Request", "text/html", "Bad Request", false);
            return -1;
        }
        if (!"13".equals(version) && !"8".equals(version)) {
            String body = "Bad Request";
            out.write(("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/html\r\n"
                    + "Sec-WebSocket-Version: 13, 8\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return -1;
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept(key.trim()) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return eio;
    }

    static String accept(String key) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest((key + WS_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeHttp(OutputStream out, String status, String contentType, String body, boolean cors)
            throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nConnection: close\r\nContent-Type: " + contentType + "\r\n"
                + (cors ? "Access-Control-Allow-Origin: *\r\n" : "") + "Content-Length: " + b.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
        out.flush();
    }
}
