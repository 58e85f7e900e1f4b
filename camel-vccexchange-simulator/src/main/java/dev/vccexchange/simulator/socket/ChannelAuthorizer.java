package dev.vccexchange.simulator.socket;

import java.util.Map;

/**
 * Decides whether a socket may join a private or presence channel, like laravel-echo-server's POST to
 * {@code /broadcasting/auth}.
 *
 * <p>Called on the connection's reader thread with the headers the client put in
 * {@code 42["subscribe",{"channel":..,"auth":{"headers":{..}}}]} (an empty map when it sent none).
 */
@FunctionalInterface
public interface ChannelAuthorizer {

    /** An authorizer that allows every channel. */
    ChannelAuthorizer ALLOW_ALL = (channel, headers) -> 200;

    /**
     * @return an HTTP-like status: 200 allows the subscription; anything else is sent back to that socket as
     *         {@code 42["subscription_error",channel,status]} (0 stands for "auth host unreachable")
     */
    int authorize(String channel, Map<String, String> authHeaders);
}
