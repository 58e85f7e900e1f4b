package dev.vccexchange.camel.error;

import java.util.Map;

/**
 * The answer could not be understood: not JSON (a Cloudflare HTML error page, a proxy's plain text), or JSON of an
 * unexpected shape. For an HTML page the message says "HTML error page" and quotes the page's {@code <title>}.
 */
public class VccUnexpectedResponseException extends VccApiException {

    public VccUnexpectedResponseException(String operation, int httpStatus, String detail, Throwable cause) {
        super(operation + " failed: HTTP " + httpStatus + ": " + detail, operation, httpStatus, null, Map.of(),
                cause);
    }
}
