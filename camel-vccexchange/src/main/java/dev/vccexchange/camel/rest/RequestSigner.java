package dev.vccexchange.camel.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VCC v3 request signature (vcc-api §2): lowercase hex HMAC-SHA256, keyed with the API secret (UTF-8), over
 * {@code "<METHOD> <relative url>"} where the relative url is the path WITHOUT host and leading slash, version
 * segment included, plus {@code "?" + query} when there is one, e.g. {@code GET v3/orders/open?coin=btc}. The
 * timestamp header is not signed.
 *
 * <p>One signer per account: it keys a {@link Mac} once and gives each thread its own clone, reused (a Mac returns
 * to its keyed state after every signature), because looking the algorithm up and keying it again was most of the
 * signing time and allocation of every order. Thread-safe; its {@code toString()} holds no key material.
 */
public final class RequestSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    /** Keyed once and never used directly: each thread signs with its own clone, so threads share nothing mutable. */
    private final Mac keyed;
    /** False for a provider whose HMAC cannot be cloned: each thread then keys its own instance. */
    private final boolean cloneable;
    private final ThreadLocal<Mac> perThread = ThreadLocal.withInitial(this::fresh);

    private RequestSigner(SecretKeySpec key, Mac keyed, boolean cloneable) {
        this.key = key;
        this.keyed = keyed;
        this.cloneable = cloneable;
    }

    /** A signer keyed with {@code secret} (UTF-8). */
    public static RequestSigner forSecret(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            Mac mac = keyedMac(key);
            boolean cloneable;
            try {
                mac.clone();
                cloneable = true;
            } catch (CloneNotSupportedException e) {
                cloneable = false;
            }
            return new RequestSigner(key, mac, cloneable);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failure(e);
        }
    }

    /** One-off signature; {@link #forSecret} is the way for repeated calls. */
    public static String sign(String secret, String method, String pathAndQuery) {
        return forSecret(secret).sign(method, pathAndQuery);
    }

    /**
     * @param method       HTTP method, upper-cased here
     * @param pathAndQuery the relative url exactly as sent, e.g. {@code v3/orders?coin=btc&currency=usdt}; a leading
     *                     slash is ignored
     * @return 64 lowercase hex characters
     */
    public String sign(String method, String pathAndQuery) {
        byte[] payload = stringToSign(method, pathAndQuery).getBytes(StandardCharsets.UTF_8);
        Mac mac = perThread.get();
        try {
            return HEX.formatHex(mac.doFinal(payload));
        } catch (RuntimeException e) {
            mac.reset(); // never leave half a message in the thread's Mac
            throw e;
        }
    }

    private Mac fresh() {
        try {
            return cloneable ? (Mac) keyed.clone() : keyedMac(key);
        } catch (CloneNotSupportedException | GeneralSecurityException e) {
            throw failure(e);
        }
    }

    private static Mac keyedMac(SecretKeySpec key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(key);
        return mac;
    }

    /** The exact string that {@link #sign} authenticates: {@code "GET v3/balance"}. */
    public static String stringToSign(String method, String pathAndQuery) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        String rel = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return method.toUpperCase(Locale.ROOT) + " " + rel;
    }

    private static IllegalStateException failure(Exception e) {
        // Never include the secret or the cause's message (it could echo key material).
        return new IllegalStateException("HMAC-SHA256 signing failed: " + e.getClass().getSimpleName());
    }
}
