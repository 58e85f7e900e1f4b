package dev.vccexchange.simulator.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of vcc-api.md §2, written independently of the client: HMAC-SHA256(secret,
 * {@code "<METHOD> v3/<path>[?<raw query as received>]"}), lowercase hex.
 */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /** @param pathAfterV3 e.g. {@code orders/open}; @param rawQuery as on the wire, or null */
    public static String stringToSign(String method, String pathAfterV3, String rawQuery) {
        return method + " v3/" + pathAfterV3 + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    public static String sign(String secret, String toSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of the expected signature with the {@code signature} header (case-sensitive). */
    public static boolean verify(String secret, String toSign, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, toSign).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
