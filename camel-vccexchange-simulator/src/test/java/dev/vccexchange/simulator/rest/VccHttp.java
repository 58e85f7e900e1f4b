package dev.vccexchange.simulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A tiny VCC client for tests, with its own HMAC (independent of the server's SignatureVerifier). */
final class VccHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String restUrl;

    VccHttp(String restUrl) {
        this.restUrl = restUrl;
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        JsonNode data() {
            return json().path("data");
        }
    }

    static String hmacHex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : h) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null, null, null);
    }

    /** Signed call: query (may be null) signed as {@code METHOD v3/path?query}; body sent for POST/PUT. */
    Reply signed(String method, String path, String query, String key, String secret) {
        String toSign = method + " v3/" + path + (query == null ? "" : "?" + query);
        return send(method, path, query, key, hmacHex(secret, toSign), method.equals("GET") ? null : "{}");
    }

    Reply send(String method, String path, String query, String key, String signature, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(restUrl + "/" + path + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("timestamp", String.valueOf(System.currentTimeMillis()));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (signature != null) {
            b.header("signature", signature);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
