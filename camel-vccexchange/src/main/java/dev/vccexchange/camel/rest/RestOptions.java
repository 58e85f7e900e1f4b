package dev.vccexchange.camel.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Options of one account's REST client. {@code baseUrl} defaults to {@code https://api.vcc.exchange/v3}; its path
 * (e.g. {@code /v3}) is the prefix of every signed relative url ({@code v3/orders}). {@code rateLimit} is in
 * requests per second (0 = off); {@code maxRetries} applies to idempotent GETs only (POST/PUT are never retried).
 * {@link #toString()} masks the key and the secret.
 */
public record RestOptions(URI baseUrl, String apiKey, String apiSecret, Duration requestTimeout, double rateLimit,
        int maxRetries, boolean fetchAllPages) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.vcc.exchange/v3");
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 3;

    public RestOptions {
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : stripTrailingSlash(baseUrl);
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
        }
        if (!headerSafe(apiKey) || !headerSafe(apiSecret)) {
            // never quote the value: it is a credential
            throw new IllegalArgumentException("apiKey and apiSecret must not contain whitespace or control characters");
        }
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
        if (rateLimit < 0 || Double.isNaN(rateLimit) || Double.isInfinite(rateLimit)) {
            throw new IllegalArgumentException("rateLimit must be >= 0 requests/s: " + rateLimit);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
    }

    /** Defaults (production URL, 30 s, no rate limit, 3 retries, single pages) with the given credentials. */
    public static RestOptions of(String apiKey, String apiSecret) {
        return new RestOptions(null, apiKey, apiSecret, null, 0, DEFAULT_MAX_RETRIES, false);
    }

    public RestOptions withBaseUrl(URI v) {
        return new RestOptions(v, apiKey, apiSecret, requestTimeout, rateLimit, maxRetries, fetchAllPages);
    }

    public RestOptions withRequestTimeout(Duration v) {
        return new RestOptions(baseUrl, apiKey, apiSecret, v, rateLimit, maxRetries, fetchAllPages);
    }

    public RestOptions withRateLimit(double v) {
        return new RestOptions(baseUrl, apiKey, apiSecret, requestTimeout, v, maxRetries, fetchAllPages);
    }

    public RestOptions withMaxRetries(int v) {
        return new RestOptions(baseUrl, apiKey, apiSecret, requestTimeout, rateLimit, v, fetchAllPages);
    }

    public RestOptions withFetchAllPages(boolean v) {
        return new RestOptions(baseUrl, apiKey, apiSecret, requestTimeout, rateLimit, maxRetries, v);
    }

    /** True when both key and secret are set, i.e. private calls are possible. */
    public boolean hasCredentials() {
        return apiKey != null && !apiKey.isBlank() && apiSecret != null && !apiSecret.isBlank();
    }

    /** The signed prefix derived from the base URL path: {@code "v3/"} for {@code https://host/v3}. */
    public String signedPathPrefix() {
        String path = baseUrl.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "";
        }
        return (path.startsWith("/") ? path.substring(1) : path) + "/";
    }

    private static boolean headerSafe(String s) {
        return s == null || s.chars().allMatch(c -> c > 0x20 && c != 0x7f);
    }

    private static URI stripTrailingSlash(URI uri) {
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    static String mask(String s) {
        return s == null ? "null" : "****";
    }

    @Override
    public String toString() {
        return "RestOptions[baseUrl=" + baseUrl + ", apiKey=" + mask(apiKey) + ", apiSecret=" + mask(apiSecret)
                + ", requestTimeout=" + requestTimeout + ", rateLimit=" + rateLimit + ", maxRetries=" + maxRetries
                + ", fetchAllPages=" + fetchAllPages + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RestOptions r && Objects.equals(baseUrl, r.baseUrl) && Objects.equals(apiKey, r.apiKey)
                && Objects.equals(apiSecret, r.apiSecret) && Objects.equals(requestTimeout, r.requestTimeout)
                && Double.compare(rateLimit, r.rateLimit) == 0 && maxRetries == r.maxRetries
                && fetchAllPages == r.fetchAllPages;
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, apiKey, requestTimeout, rateLimit, maxRetries, fetchAllPages);
    }
}
