package dev.vccexchange.camel.error;

import java.util.List;
import java.util.Map;

/** A 5xx answer (the server failed) other than the unknown-order-outcome case. */
public class VccServerException extends VccApiException {

    public VccServerException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors) {
        super(operation, httpStatus, serverMessage, errors, null);
    }
}
