package dev.vccexchange.camel.error;

import java.util.List;
import java.util.Map;

/** 401 Unauthenticated, or a rejected HMAC signature (422 with an {@code errors.signature} entry). */
public class VccAuthenticationException extends VccApiException {

    public VccAuthenticationException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors) {
        super(operation, httpStatus, serverMessage, errors, null);
    }
}
