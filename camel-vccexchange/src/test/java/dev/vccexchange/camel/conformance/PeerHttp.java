package dev.vccexchange.camel.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The small HTTP/JSON client the peer fixtures use for their control and publish calls. */
final class PeerHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private PeerHttp() {
    }

    static HttpResponse<String> send(String method, URI uri, String jsonBody, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " interrupted", e);
        }
    }

    /** Sends and requires a 200, returning the parsed JSON answer. */
    static JsonNode call(String method, URI uri, String jsonBody, String bearer) {
        HttpResponse<String> r = send(method, uri, jsonBody, bearer);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + uri + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " answered non-JSON: " + r.body(), e);
        }
    }

    static List<PeerSocket> sockets(JsonNode answer) {
        List<PeerSocket> out = new ArrayList<>();
        for (JsonNode s : answer.path("sockets")) {
            List<String> rooms = new ArrayList<>();
            s.path("rooms").forEach(r -> rooms.add(r.asText()));
            out.add(new PeerSocket(s.path("id").asText(), s.path("transport").asText(), List.copyOf(rooms)));
        }
        return List.copyOf(out);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
