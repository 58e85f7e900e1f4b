package dev.vccexchange.simulator;

import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What the simulator gives a plugged-in socket server: the API-key directory for private-channel auth.
 *
 * @param userIdForApiKey the user id owning an API key, or empty
 */
public record SocketContext(Function<String, OptionalLong> userIdForApiKey) {

    /** Prefix of a user's private channel. */
    public static final String USER_CHANNEL_PREFIX = "private-App.User.";

    /**
     * Laravel's {@code /broadcasting/auth} for this simulator: public channels 200; {@code private-App.User.{id}} 200
     * only with {@code Authorization: Bearer <key>} of that user, 401 for an unknown/missing key, 403 otherwise.
     * The shape matches {@code ChannelAuthorizer.authorize(channel, headers)}.
     */
    public int authorize(String channel, Map<String, String> authHeaders) {
        if (!channel.startsWith("private-") && !channel.startsWith("presence-")) {
            return 200;
        }
        String auth = null;
        for (Map.Entry<String, String> e : authHeaders.entrySet()) {
            if (e.getKey().equalsIgnoreCase("Authorization")) {
                auth = e.getValue();
            }
        }
        if (auth == null || !auth.startsWith("Bearer ")) {
            return 401;
        }
        OptionalLong user = userIdForApiKey.apply(auth.substring("Bearer ".length()).trim());
        if (user.isEmpty()) {
            return 401;
        }
        return channel.equals(USER_CHANNEL_PREFIX + user.getAsLong()) ? 200 : 403;
    }
}
