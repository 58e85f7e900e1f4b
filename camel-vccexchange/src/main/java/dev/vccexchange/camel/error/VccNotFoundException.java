package dev.vccexchange.camel.error;

import java.util.List;
import java.util.Map;

/** VCC's {@code Data not found}: a 404, or that message with any status. */
public class VccNotFoundException extends VccApiException {

    public VccNotFoundException(String operation, int httpStatus, String serverMessage, Map<String, List<String>> errors) {
        super(operation, httpStatus, serverMessage, errors, null);
    }
}
