package dev.vccexchange.camel.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VCC v3 request signature (vcc-api §2): lowercase hex HMAC-SHA256, keyed with the API secret (UTF-8), over
 * {@code "<METHOD> <relative url>"} where the relative url is the path WITHOUT host and leading slash, version
 * segment included, plus {@code "?" + query} when there is one, e.g. {@code GET v3/orders/open?coin=btc}. The
 * timestamp header is not signed. Pure and thread-safe.
 */
public final class RequestSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private RequestSigner() {
    }

    /**
     * @param secret      the API secret
     * @param method      HTTP method, upper-cased here
     * @param pathAndQuery the relative url exactly as sent, e.g. {@code v3/orders?coin=btc&currency=usdt}; a leading
     *                    slash is ignored
     * @return 64 lowercase hex characters
     */
    public static String sign(String secret, String method, String pathAndQuery) {
        Objects.requireNonNull(secret, "secret");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal(stringToSign(method, pathAndQuery).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never include the secret or the cause's message (it could echo key material).
            throw new IllegalStateException("HMAC-SHA256 signing failed: " + e.getClass().getSimpleName());
        }
    }

    /** The exact string that {@link #sign} authenticates: {@code "GET v3/balance"}. */
    public static String stringToSign(String method, String pathAndQuery) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        String rel = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return method.toUpperCase(java.util.Locale.ROOT) + " " + rel;
    }
}
