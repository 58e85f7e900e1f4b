package dev.vccexchange.camel.error;

import java.util.List;
import java.util.Map;

/**
 * The request was refused as invalid: a 422 (or 400) from VCC with its {@code errors} map, or a LOCAL check that
 * failed before any HTTP call was made, in which case {@link #httpStatus()} is 0 and {@link #isLocal()} is true.
 * Either way nothing was sent to, or executed by, the exchange.
 */
public class VccValidationException extends VccApiException {

    public VccValidationException(String operation, int httpStatus, String serverMessage,
            Map<String, List<String>> errors) {
        super(operation, httpStatus, serverMessage, errors, null);
    }

    /** A failure found by the client before sending (status 0). */
    public static VccValidationException local(String operation, Map<String, List<String>> errors) {
        return new VccValidationException(operation, 0, "request rejected before sending", errors);
    }

    /** True when the check failed locally and no request was sent. */
    public boolean isLocal() {
        return httpStatus() == 0;
    }
}
