package dev.vccexchange.camel.error;

import java.util.List;
import java.util.Map;

/** 403 with a JSON body (the API key may not do this), or VCC's {@code error_security_level}. */
public class VccPermissionException extends VccApiException {

    public VccPermissionException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors) {
        super(operation, httpStatus, serverMessage, errors, null);
    }
}
