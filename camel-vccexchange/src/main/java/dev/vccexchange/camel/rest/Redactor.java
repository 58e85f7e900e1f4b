package dev.vccexchange.camel.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Replaces the account's API key and secret with {@code ****} in any text that goes into an exception message
 * (server messages, body snippets, I/O messages): defence in depth should a server or proxy echo them.
 */
final class Redactor implements UnaryOperator<String> {

    static final Redactor NONE = new Redactor(null, null);

    private final List<String> secrets = new ArrayList<>();

    Redactor(String apiKey, String apiSecret) {
        for (String s : new String[] {apiKey, apiSecret}) {
            if (s != null && s.length() >= 4) {
                secrets.add(s);
            }
        }
    }

    @Override
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "****");
        }
        return out;
    }
}
