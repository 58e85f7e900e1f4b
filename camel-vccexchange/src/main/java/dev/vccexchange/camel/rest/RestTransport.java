package dev.vccexchange.camel.rest;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.vccexchange.camel.error.VccApiException;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccExchangeException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccUnknownOrderOutcomeException;
import dev.vccexchange.camel.model.trade.OrderRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The HTTP half of {@link VccRestClient}: builds and signs requests, paces them, sends them, maps the answers and
 * applies the failure rules. GETs are retried per {@link RetryPolicy}; order-changing calls go through
 * {@link #sendOnce} exactly once and an undecided outcome becomes {@link VccUnknownOrderOutcomeException}.
 * Thread-safe.
 */
final class RestTransport {

    private record Req(String operation, String method, String path, QueryString params, boolean signed) {
    }

    private final HttpClient http;
    private final RestOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final Redactor redactor;
    private final ResponseMapper mapper;
    private final String signedPrefix;
    /** Null without credentials: signed calls are refused before they would need it. */
    private final RequestSigner signer;
    /** Told every dataVersion seen (null when the answer had none); called on the calling thread. */
    private final Consumer<String> dataVersionListener;

    RestTransport(HttpClient http, RestOptions options, Clock clock, Sleeper sleeper, LongSupplier nanoTime,
            Consumer<String> dataVersionListener) {
        this.http = http;
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.rateLimiter = new RateLimiter(options.rateLimit(), nanoTime, sleeper);
        this.retryPolicy = RetryPolicy.of(options.maxRetries());
        this.redactor = new Redactor(options.apiKey(), options.apiSecret());
        this.mapper = new ResponseMapper(redactor);
        this.signedPrefix = options.signedPathPrefix();
        this.signer = options.hasCredentials() ? RequestSigner.forSecret(options.apiSecret()) : null;
        this.dataVersionListener = dataVersionListener;
    }

    /** Masks the account's key and secret in text bound for an exception message. */
    String redact(String text) {
        return redactor.apply(text);
    }

    /**
     * An idempotent GET, retried per the policy.
     *
     * @param decodeAs reads a successful answer's data in one pass ({@link VccResponse#decoded()}); an answer that
     *                 does not fit, or null here, takes the general mapping to a tree
     */
    VccResponse get(String op, String path, QueryString params, boolean signed, ObjectReader decodeAs) {
        Req req = new Req(op, "GET", path, params, signed);
        checkCredentials(req);
        int failures = 0;
        while (true) {
            Exception failure;
            try {
                rateLimiter.acquire();
                HttpRequest httpRequest = build(req); // after the wait: the timestamp is fresh on every attempt
                return map(req, http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray()), decodeAs);
            } catch (VccApiException | IOException | UncheckedIOException e) {
                failure = e instanceof UncheckedIOException u ? u.getCause() : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VccExchangeException(op + " interrupted", e);
            }
            failures++;
            Optional<Duration> delay = retryPolicy.nextDelay(failures, failure);
            if (delay.isEmpty()) {
                throw failure instanceof VccApiException api ? api : ioFailure(op, failure);
            }
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VccExchangeException(op + " interrupted while waiting to retry", e);
            }
        }
    }

    /**
     * An order-changing call: sent exactly once; an undecided outcome becomes VccUnknownOrderOutcomeException.
     *
     * @param decodeAs as for {@link #get}
     */
    VccResponse sendOnce(String op, String method, String path, QueryString params, OrderRequest order,
            String orderId, ObjectReader decodeAs) {
        Req req = new Req(op, method, path, params, true);
        checkCredentials(req);
        try {
            rateLimiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VccExchangeException(req.operation() + " interrupted before sending; nothing was sent", e);
        }
        HttpRequest httpRequest = build(req);
        HttpResponse<byte[]> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | UncheckedIOException e) {
            throw new VccUnknownOrderOutcomeException(req.operation(), 0, describe(e), order, orderId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VccUnknownOrderOutcomeException(req.operation(), 0, "interrupted while waiting for the answer",
                    order, orderId, e);
        }
        try {
            return map(req, response, decodeAs);
        } catch (VccApiException e) {
            if (isDefiniteRejection(e.httpStatus())) {
                throw e;
            }
            String what = e instanceof VccUnexpectedResponseException || e.serverMessage() == null
                    ? e.getMessage() : e.serverMessage();
            throw new VccUnknownOrderOutcomeException(req.operation(), e.httpStatus(), what, order, orderId, e);
        }
    }

    /** A 4xx (except 408) means the exchange refused the request: nothing was executed. */
    static boolean isDefiniteRejection(int status) {
        return status >= 400 && status < 500 && status != 408;
    }

    /** Bodies are kept as bytes: the one-pass read parses UTF-8 directly; only the general path needs text. */
    private VccResponse map(Req req, HttpResponse<byte[]> response, ObjectReader decodeAs) {
        int status = response.statusCode();
        VccResponse r = decodeAs != null && status >= 200 && status < 300
                ? EnvelopeDecoder.decode(response.body(), decodeAs) : null;
        if (r == null) {
            r = general(req, response);
        }
        dataVersionListener.accept(r.dataVersion());
        return r;
    }

    private VccResponse general(Req req, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        return mapper.map(req.operation(), response.statusCode(),
                body == null ? null : new String(body, StandardCharsets.UTF_8),
                response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    private void checkCredentials(Req req) {
        if (req.signed() && !options.hasCredentials()) {
            throw new VccAuthenticationException(req.operation(), 0, "no API key and secret configured", Map.of());
        }
    }

    /** Nothing is sent if this throws. */
    private HttpRequest build(Req req) {
        try {
            return buildUnchecked(req);
        } catch (IllegalArgumentException e) {
            // The JDK quotes an invalid header VALUE in its message, i.e. possibly the key: drop message and cause.
            throw new VccExchangeException(req.operation() + " could not build the HTTP request ("
                    + e.getClass().getSimpleName() + "); nothing was sent");
        }
    }

    private HttpRequest buildUnchecked(Req req) {
        String rel = req.path() + (req.params().isEmpty() ? "" : "?" + req.params().encoded());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(options.baseUrl() + "/" + rel))
                .timeout(options.requestTimeout())
                .header("Accept", "application/json");
        if (req.signed()) {
            b.header("Authorization", "Bearer " + options.apiKey())
                    .header("timestamp", Long.toString(clock.millis()))
                    .header("signature", signer.sign(req.method(), signedPrefix + rel))
                    .header("Content-Type", "application/json");
        }
        switch (req.method()) {
            case "GET" -> b.GET();
            case "POST" -> b.POST(HttpRequest.BodyPublishers.ofString(req.params().toJson(), StandardCharsets.UTF_8));
            case "PUT" -> b.PUT(HttpRequest.BodyPublishers.ofString(req.params().toJson(), StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unsupported method " + req.method());
        }
        return b.build();
    }

    private VccExchangeException ioFailure(String op, Exception e) {
        return new VccExchangeException(op + " failed: " + describe(e), e);
    }

    private String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + redactor.apply(m));
    }
}
